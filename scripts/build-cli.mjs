// Bundles the command line, src/cli/main.ts -> dist/cli.mjs (Node, ESM, one file, dependencies
// included so it starts without resolving node_modules). Skips the build when dist/cli.mjs is newer
// than every file that went into it, so `npm run cli` stays quick; the output is written to a
// temporary file and renamed, so builds running side by side (test workers) never see half a file.
import esbuild from "esbuild";
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "cli.mjs");
const inputsFile = join(root, "dist", "cli.inputs.json");
const force = process.argv.includes("--force");

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // gone or unreadable: rebuild
  }
}

function upToDate() {
  if (force) return false;
  const built = mtime(outfile);
  if (built === Infinity) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  return [...inputs, "package.json", "package-lock.json", "scripts/build-cli.mjs"].every((input) => mtime(join(root, input)) <= built);
}

if (!upToDate()) {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const temp = `${outfile}.${process.pid}.tmp`;
  mkdirSync(dirname(outfile), { recursive: true });
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ["src/cli/main.ts"],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: temp,
      banner: {
        // The shebang for the `bin` entry, and a `require` for the CommonJS packages bundled in.
        js: "#!/usr/bin/env node\nimport { createRequire as __ccCreateRequire } from 'node:module';\nconst require = __ccCreateRequire(import.meta.url);",
      },
      define: { CONTACT_CADENCE_VERSION: JSON.stringify(version) },
      metafile: true,
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: "none",
      logLevel: "warning",
    });
    chmodSync(temp, 0o755); // runnable as the package's `bin`
    renameSync(temp, outfile);
    const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("node_modules/") && !p.includes(":"));
    writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
    renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  } catch (error) {
    rmSync(temp, { force: true });
    // esbuild has already printed the errors.
    if (!(error && Array.isArray(error.errors))) console.error(error);
    process.exit(1);
  }
}
