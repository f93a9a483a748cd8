// Used by the release workflow: checks the pushed tag against manifest.json, package.json and
// versions.json, then writes the release's manifest.json and notes (from CHANGELOG.md) into a folder.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { changelogSection, isPreReleaseTag, releaseManifest, releaseTagProblems } from "./versioning.mjs";

const [tag, outDir] = process.argv.slice(2);
if (!tag || !outDir) {
  console.error("usage: node scripts/release-assets.mjs <tag> <output folder>");
  process.exit(2);
}
const manifest = readFileSync("manifest.json", "utf8");
const problems = releaseTagProblems(tag, {
  manifest,
  versions: readFileSync("versions.json", "utf8"),
  packageJson: readFileSync("package.json", "utf8"),
});
// A pre-release carries what is still under [Unreleased]; a release, its own section.
const notes = changelogSection(readFileSync("CHANGELOG.md", "utf8"), isPreReleaseTag(tag) ? "Unreleased" : tag);
if (notes === null) problems.push(`CHANGELOG.md: no section for ${tag} (npm version writes it from [Unreleased])`);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "manifest.json"), releaseManifest(manifest, tag));
writeFileSync(join(outDir, "notes.md"), `${notes || "No notable changes."}\n`);
console.log(`release ${tag}: manifest.json and notes.md written to ${outDir}`);
