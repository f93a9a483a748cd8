import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  bumpVersionFiles,
  changelogSection,
  compareVersions,
  releaseManifest,
  releaseTagProblems,
  rollChangelog,
} from "../../scripts/versioning.mjs";

const manifest = `{
  "id": "contact-cadence",
  "name": "Contact Cadence",
  "version": "0.1.0",
  "minAppVersion": "1.5.7",
  "description": "Keep in touch.",
  "author": "Contact Cadence contributors",
  "isDesktopOnly": false
}
`;
const versions = `{\n  "0.1.0": "1.5.7"\n}\n`;
const packageJson = (version: string) => JSON.stringify({ name: "contact-cadence", version });

describe("bumpVersionFiles", () => {
  it("changes only the manifest's version and adds the new version to versions.json", () => {
    const out = bumpVersionFiles({ manifest, versions }, "0.1.1");
    expect(out.manifest).toBe(manifest.replace('"version": "0.1.0"', '"version": "0.1.1"'));
    expect(JSON.parse(out.versions)).toEqual({ "0.1.0": "1.5.7", "0.1.1": "1.5.7" });
    expect(out.versions.endsWith("}\n")).toBe(true);
  });

  it("records a raised minAppVersion against the new version only", () => {
    const raised = manifest.replace('"minAppVersion": "1.5.7"', '"minAppVersion": "1.7.2"');
    const out = bumpVersionFiles({ manifest: raised, versions }, "0.2.0");
    expect(JSON.parse(out.versions)).toEqual({ "0.1.0": "1.5.7", "0.2.0": "1.7.2" });
  });

  it("refuses a version Obsidian's directory would not accept", () => {
    expect(() => bumpVersionFiles({ manifest, versions }, "0.2.0-beta.1")).toThrow(/not x\.y\.z/);
    expect(() => bumpVersionFiles({ manifest, versions }, "v0.2.0")).toThrow(/not x\.y\.z/);
  });

  it("names the file when it is not valid JSON or lacks minAppVersion", () => {
    expect(() => bumpVersionFiles({ manifest, versions: "{ 0.1.0: }" }, "0.1.1")).toThrow(/^versions\.json: not valid JSON/);
    expect(() => bumpVersionFiles({ manifest: "{}", versions }, "0.1.1")).toThrow(/^manifest\.json: minAppVersion undefined/);
  });
});

describe("releaseTagProblems", () => {
  const files = (version: string) => {
    const bumped = version === "0.1.0" ? { manifest, versions } : bumpVersionFiles({ manifest, versions }, version);
    return { ...bumped, packageJson: packageJson(version) };
  };

  it("accepts a tag equal to the version in all three files", () => {
    expect(releaseTagProblems("0.1.1", files("0.1.1"))).toEqual([]);
  });

  it("rejects a v prefix and a tag the files do not carry", () => {
    expect(releaseTagProblems("v0.1.1", files("0.1.1"))).toEqual(['tag "v0.1.1": Obsidian expects the bare version, without "v"']);
    expect(releaseTagProblems("0.1.2", files("0.1.1"))).toEqual([
      'manifest.json: version is "0.1.1", the tag is 0.1.2',
      'package.json: version is "0.1.1", the tag is 0.1.2',
    ]);
  });

  it("notices package.json bumped without the manifest, and a versions.json that lost the entry", () => {
    expect(releaseTagProblems("0.1.1", { manifest, versions, packageJson: packageJson("0.1.1") })).toEqual([
      'manifest.json: version is "0.1.0", the tag is 0.1.1',
    ]);
    const bumped = bumpVersionFiles({ manifest, versions }, "0.1.1");
    expect(releaseTagProblems("0.1.1", { manifest: bumped.manifest, versions, packageJson: packageJson("0.1.1") })).toEqual([
      'versions.json: "0.1.1" should map to manifest.json\'s minAppVersion "1.5.7", found undefined',
    ]);
  });

  it("takes a pre-release tag ahead of the last stable version, whatever the files say", () => {
    expect(releaseTagProblems("0.2.0-beta.1", files("0.1.0"))).toEqual([]);
    expect(releaseTagProblems("0.1.0-rc.1", files("0.1.0"))).toEqual([
      'tag "0.1.0-rc.1": a pre-release leads to a version after 0.1.0, the last stable one',
    ]);
    expect(releaseTagProblems("0.2", files("0.1.0"))).toEqual(['tag "0.2" is neither x.y.z nor a pre-release such as 1.2.0-beta.1']);
  });
});

describe("compareVersions", () => {
  it("compares numerically, not as text", () => {
    expect(compareVersions("0.10.0", "0.9.9")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.2.3", "1.10.0")).toBeLessThan(0);
  });
});

describe("releaseManifest", () => {
  it("gives the pre-release's manifest the tag as its version and keeps the rest", () => {
    expect(JSON.parse(releaseManifest(manifest, "0.2.0-beta.1"))).toEqual({ ...JSON.parse(manifest), version: "0.2.0-beta.1" });
  });
});

const changelog = `# Changelog

## [Unreleased]

### Fixed
- The panel keeps its scroll position.

## [0.1.0] - 2026-11-26

### Added
- The core.
`;

describe("rollChangelog and changelogSection", () => {
  it("moves what is unreleased under the new version and leaves [Unreleased] empty", () => {
    const rolled = rollChangelog(changelog, "0.1.1", "2026-12-04");
    expect(changelogSection(rolled, "Unreleased")).toBe("");
    expect(changelogSection(rolled, "0.1.1")).toBe("### Fixed\n- The panel keeps its scroll position.");
    expect(changelogSection(rolled, "0.1.0")).toBe("### Added\n- The core.");
    expect(rolled).toContain("## [Unreleased]\n\n## [0.1.1] - 2026-12-04\n\n### Fixed");
  });

  it("does not add a second section for a version that has one", () => {
    const once = rollChangelog(changelog, "0.1.1", "2026-12-04");
    expect(rollChangelog(once, "0.1.1", "2026-12-05")).toBe(once);
  });

  it("keeps CRLF line endings and says so when there is no [Unreleased] heading", () => {
    const crlf = changelog.replace(/\n/g, "\r\n");
    const rolled = rollChangelog(crlf, "0.1.1", "2026-12-04");
    expect(rolled.replace(/\r\n/g, "")).not.toContain("\n");
    expect(changelogSection(rolled, "0.1.1")).toBe("### Fixed\n- The panel keeps its scroll position.");
    expect(() => rollChangelog("# Changelog\n", "0.1.1", "2026-12-04")).toThrow(/no "## \[Unreleased\]"/);
  });

  it("returns null for a version the changelog does not have", () => {
    expect(changelogSection(changelog, "9.9.9")).toBeNull();
  });
});

describe("the repository's own files", () => {
  it("are consistent: manifest, package.json and versions.json agree, and the changelog has the version", () => {
    const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
    const version = (JSON.parse(read("manifest.json")) as { version: string }).version;
    expect(
      releaseTagProblems(version, { manifest: read("manifest.json"), versions: read("versions.json"), packageJson: read("package.json") }),
    ).toEqual([]);
    expect(changelogSection(read("CHANGELOG.md"), version)).not.toBeNull();
  });
});
