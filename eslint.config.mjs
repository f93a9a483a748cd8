import { defineConfig, globalIgnores } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import obsidianmd from "eslint-plugin-obsidianmd";
import { builtinModules } from "node:module";
import globals from "globals";
import tseslint from "typescript-eslint";
// The plugin's own parser for LICENSE (one token a line); it is not exported by name.
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The layers, inner first: each may import the ones before it (and src/ports.ts), never the ones after. */
const LAYER_ZONES = [
  { target: "./src/lib", from: "./src", except: ["./lib"], message: "src/lib holds domain-free helpers: it imports nothing else of ours." },
  {
    target: "./src/core",
    from: "./src",
    except: ["./core", "./lib"],
    message: "src/core is the pure domain: it imports only src/core and src/lib.",
  },
  {
    target: "./src/ports.ts",
    from: "./src",
    except: ["./core", "./lib", "./ports.ts"],
    message: "src/ports.ts is the neutral seam: it imports only the core.",
  },
  {
    target: "./src/obsidian",
    from: ["./src/ui", "./src/commands", "./src/cli", "./src/main.ts"],
    message: "src/obsidian adapts Obsidian to the core: no UI, commands or CLI (put shared types in src/ports.ts).",
  },
  {
    target: "./src/ui",
    from: ["./src/commands", "./src/cli", "./src/main.ts"],
    message: "src/ui draws and asks: it does not import the commands or the CLI (put shared types in src/ports.ts).",
  },
  {
    target: "./src/commands",
    from: ["./src/cli", "./src/main.ts"],
    message: "src/commands is wired by main.ts, and never imports the CLI.",
  },
  {
    target: "./src/cli",
    from: ["./src/obsidian", "./src/ui", "./src/commands", "./src/ports.ts", "./src/main.ts"],
    message: "src/cli runs on Node over files: it uses the core, never the plugin's parts.",
  },
];

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "artifacts/", "bench/.vault/", "bench/out/", "examples/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "scripts/*.mjs"],
          // The build, test and release scripts are plain .mjs files outside tsconfig's TypeScript.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Who may import whom (docs/architecture.md): resolved paths, so any spelling of an import is caught.
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: LAYER_ZONES }],
    },
  },
  {
    // The core and the helpers in src/lib are pure: they run in Obsidian (desktop and mobile), on Node and in tests alike.
    files: ["src/core/**/*.ts", "src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "obsidian", message: "src/core and src/lib are pure: adapters in src/obsidian talk to Obsidian." },
            ...nodeBuiltins.map((name) => ({ name, message: "src/core and src/lib are pure: no Node built-ins (they run on mobile)." })),
          ],
          patterns: [{ group: ["gray-matter"], message: "gray-matter needs Node: keep it in src/cli." }],
        },
      ],
    },
  },
  {
    // moment parses the daily notes' formats on the command line only (the plugin uses the copy
    // Obsidian exports); see docs/decisions/ on why it beats a hand-written parser there.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["moment"] }] },
  },
  {
    files: ["src/cli/**/*.ts", "tests/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // The CLI, tests, benchmarks and build scripts run on Node, not inside Obsidian.
    files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.{ts,mjs}", "*.mjs", "vitest.config.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/rule-custom-message": "off",
      "no-console": "off",
      "obsidianmd/no-nodejs-modules": "off",
      "import/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "no-restricted-globals": "off",
    },
  },
  {
    // The stand-ins imitate every Obsidian version the plugin supports (display() before 1.13,
    // update() after), and the tests act as the user (trashing a file): neither is plugin code.
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-deprecated": "off",
      "obsidianmd/no-unsupported-api": "off",
    },
  },
  {
    // The directory's checks on manifest.json and LICENSE, which the recommended config enables but
    // only applies to files it is given: TypeScript's parser reads a .json file as one object.
    files: ["manifest.json"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false } },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
  {
    files: ["LICENSE"],
    languageOptions: { parser: PlainTextParser },
    // Not the year: a lint that starts failing every 1 January would block CI for no change.
    rules: { "obsidianmd/validate-license": ["error", { disableUnchangedYear: true }] },
  },
]);
