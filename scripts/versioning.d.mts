// Types for versioning.mjs, which runs under plain Node (the npm version hook) and is tested from TypeScript.
export function isStableVersion(version: string): boolean;
export function isPreReleaseTag(tag: string): boolean;
export function compareVersions(a: string, b: string): number;
export function bumpVersionFiles(files: { manifest: string; versions: string }, version: string): { manifest: string; versions: string };
export function releaseTagProblems(tag: string, files: { manifest: string; versions: string; packageJson: string }): string[];
export function releaseManifest(manifestText: string, tag: string): string;
export function changelogSection(text: string, name: string): string | null;
export function rollChangelog(text: string, version: string, date: string): string;
