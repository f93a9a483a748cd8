// Run by `npm version` (the "version" script) after package.json has the new version and before
// npm commits and tags: manifest.json, versions.json and CHANGELOG.md follow it in the same commit.
import { readFileSync, writeFileSync } from "node:fs";
import { bumpVersionFiles, rollChangelog } from "./versioning.mjs";

const version = process.env.npm_package_version;
if (!version) {
  console.error("version-bump: npm_package_version is not set; run it through `npm version patch|minor|major`.");
  process.exit(1);
}
try {
  const bumped = bumpVersionFiles(
    { manifest: readFileSync("manifest.json", "utf8"), versions: readFileSync("versions.json", "utf8") },
    version,
  );
  const today = new Date().toISOString().slice(0, 10);
  const changelog = rollChangelog(readFileSync("CHANGELOG.md", "utf8"), version, today);
  writeFileSync("manifest.json", bumped.manifest);
  writeFileSync("versions.json", bumped.versions);
  writeFileSync("CHANGELOG.md", changelog);
  console.log(`version-bump: manifest.json, versions.json and CHANGELOG.md now at ${version}`);
} catch (error) {
  console.error(`version-bump: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
