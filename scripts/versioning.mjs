// The pure rules behind a version bump and a release: text in, text out, no file system, so that
// tests/scripts/versioning.test.ts can check them and the two small scripts beside this file only
// read and write files.

// Obsidian's directory accepts only digits and dots in manifest.json's version (x.y.z).
const STABLE = /^\d+\.\d+\.\d+$/;
// A pre-release tag (0.2.0-beta.1) is published for BRAT only; the repository's manifest.json
// keeps the last stable version, so the directory never offers a pre-release.
const PRE_RELEASE = /^(\d+\.\d+\.\d+)-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

/** @param {string} version */
export function isStableVersion(version) {
  return STABLE.test(version);
}

/** @param {string} tag */
export function isPreReleaseTag(tag) {
  return PRE_RELEASE.test(tag);
}

/**
 * @param {string} text
 * @param {string} file
 * @returns {Record<string, unknown>}
 */
function parseObject(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${file}: expected one JSON object`);
  return value;
}

/** @param {unknown} value */
function toJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Orders two x.y.z versions numerically: negative, zero or positive.
 * @param {string} a
 * @param {string} b
 */
export function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Sets manifest.json's version and records it in versions.json against the manifest's
 * minAppVersion, which is what Obsidian reads to find a release an older app can run.
 * @param {{ manifest: string, versions: string }} files the two files' text
 * @param {string} version the new version, x.y.z
 * @returns {{ manifest: string, versions: string }}
 */
export function bumpVersionFiles(files, version) {
  if (!isStableVersion(version)) {
    throw new Error(
      `version "${version}" is not x.y.z: Obsidian's directory accepts only digits and dots (tag a pre-release instead, see docs/release.md)`,
    );
  }
  const manifest = parseObject(files.manifest, "manifest.json");
  const versions = parseObject(files.versions, "versions.json");
  const minAppVersion = manifest["minAppVersion"];
  if (typeof minAppVersion !== "string" || !isStableVersion(minAppVersion)) {
    throw new Error(`manifest.json: minAppVersion ${JSON.stringify(minAppVersion)} is not an Obsidian version such as 1.5.7`);
  }
  return {
    manifest: toJson({ ...manifest, version }),
    versions: toJson({ ...versions, [version]: minAppVersion }),
  };
}

/**
 * What is wrong with releasing `tag` from these files; empty when nothing is.
 * @param {string} tag the pushed git tag
 * @param {{ manifest: string, versions: string, packageJson: string }} files
 * @returns {string[]}
 */
export function releaseTagProblems(tag, files) {
  const manifest = parseObject(files.manifest, "manifest.json");
  const versions = parseObject(files.versions, "versions.json");
  const pkg = parseObject(files.packageJson, "package.json");
  const problems = [];
  if (tag.startsWith("v")) problems.push(`tag "${tag}": Obsidian expects the bare version, without "v"`);
  else if (!isStableVersion(tag) && !isPreReleaseTag(tag))
    problems.push(`tag "${tag}" is neither x.y.z nor a pre-release such as 1.2.0-beta.1`);
  const stable = isStableVersion(tag);
  const base = PRE_RELEASE.exec(tag)?.[1];
  if (base !== undefined && typeof manifest["version"] === "string" && compareVersions(base, manifest["version"]) <= 0) {
    problems.push(`tag "${tag}": a pre-release leads to a version after ${manifest["version"]}, the last stable one`);
  }
  if (stable && manifest["version"] !== tag)
    problems.push(`manifest.json: version is ${JSON.stringify(manifest["version"])}, the tag is ${tag}`);
  if (stable && pkg["version"] !== tag) problems.push(`package.json: version is ${JSON.stringify(pkg["version"])}, the tag is ${tag}`);
  const current = typeof manifest["version"] === "string" ? manifest["version"] : "";
  if (versions[current] !== manifest["minAppVersion"]) {
    problems.push(
      `versions.json: "${current}" should map to manifest.json's minAppVersion ${JSON.stringify(manifest["minAppVersion"])}, found ${JSON.stringify(versions[current])}`,
    );
  }
  return problems;
}

/**
 * The manifest.json attached to the release: the repository's, with the tag as its version
 * (they are equal for a stable release; a pre-release differs only there).
 * @param {string} manifestText
 * @param {string} tag
 */
export function releaseManifest(manifestText, tag) {
  return toJson({ ...parseObject(manifestText, "manifest.json"), version: tag });
}

/** @param {string} line */
function headingVersion(line) {
  const match = /^## \[([^\]]+)\]/.exec(line);
  return match ? match[1] : null;
}

/**
 * The body of a Keep a Changelog section (`## [1.2.0] - 2026-12-01`), trimmed; null when absent.
 * @param {string} text CHANGELOG.md
 * @param {string} name a version, or "Unreleased"
 */
export function changelogSection(text, name) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => headingVersion(line) === name);
  if (start < 0) return null;
  let end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (end < 0) end = lines.length;
  return lines
    .slice(start + 1, end)
    .join("\n")
    .trim();
}

/**
 * Turns what was under [Unreleased] into the new version's section and leaves [Unreleased]
 * empty for the next round; unchanged when the version already has a section.
 * @param {string} text CHANGELOG.md
 * @param {string} version
 * @param {string} date YYYY-MM-DD
 */
export function rollChangelog(text, version, date) {
  const lines = text.split("\n");
  if (lines.some((line) => headingVersion(line) === version)) return text;
  const unreleased = lines.findIndex((line) => headingVersion(line) === "Unreleased");
  if (unreleased < 0) throw new Error('CHANGELOG.md: no "## [Unreleased]" heading to release from');
  const eol = lines[unreleased]?.endsWith("\r") ? "\r" : "";
  lines.splice(unreleased + 1, 0, eol, `## [${version}] - ${date}${eol}`);
  return lines.join("\n");
}
