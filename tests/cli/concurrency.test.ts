/**
 * Many `log` processes on one note at the same moment: every entry lands, exactly once.
 *
 * Twenty long-lived processes each run the CLI's `run` once per round, all released at the same
 * instant; this is real inter-process contention (separate pids, the real file system), without
 * paying a Node start-up per entry. One more round spawns the built `dist/cli.mjs` itself twenty
 * times, so the shipped file is covered too.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli, CLI, cleanUp, REPO, tempDir } from "./helpers";

vi.setConfig({ testTimeout: 240_000 });

const WORKERS = 20;
const ROUNDS = 20;
const TODAY = "2026-11-26";

interface Outcome {
  code: number;
  stderr: string;
}

const WORKER_SOURCE = `
import { run } from "./run.mjs";
process.on("message", ({ args, at }) => {
  setTimeout(() => {
    let stderr = "";
    const code = run(args, { stdout: () => {}, stderr: (t) => (stderr += t), isTTY: false, env: {}, cwd: process.cwd(), now: () => new Date(), version: "test" });
    process.send({ code, stderr });
  }, Math.max(0, at - Date.now()));
});
process.send("ready");
`;

let workerDir = "";
const workers: ChildProcess[] = [];

beforeAll(async () => {
  buildCli();
  workerDir = tempDir("workers");
  await esbuild.build({
    absWorkingDir: REPO,
    entryPoints: ["src/cli/run.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: join(workerDir, "run.mjs"),
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "warning",
  });
  writeFileSync(join(workerDir, "worker.mjs"), WORKER_SOURCE);
  await Promise.all(
    Array.from({ length: WORKERS }, () => {
      const child = fork(join(workerDir, "worker.mjs"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
      workers.push(child);
      return new Promise<void>((done) => child.once("message", () => done()));
    }),
  );
}, 120_000);

afterAll(() => {
  for (const w of workers) w.kill();
  cleanUp();
});

function runIn(child: ChildProcess, args: string[], at: number): Promise<Outcome> {
  return new Promise((done) => {
    child.once("message", (m) => done(m as Outcome));
    child.send({ args, at });
  });
}

function spawnCli(args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (code) => done({ code: code ?? -1, stderr }));
  });
}

function makeVault(): string {
  const vault = join(tempDir("race"), "vault");
  mkdirSync(join(vault, "Contacts"), { recursive: true });
  writeFileSync(
    join(vault, "Contacts", "Ann Lee.md"),
    "---\ntier: A\n# a comment that must survive\n---\nIntro.\n\n## Log\n- 2026-10-01 call: first\n",
  );
  return vault;
}

/** How many times each summary occurs as a log line. */
function entryCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^- 2026-11-26 call: (\S+)$/gm)) counts.set(m[1] ?? "", (counts.get(m[1] ?? "") ?? 0) + 1);
  return counts;
}

describe("concurrent log on one note", () => {
  it(`keeps every entry of ${WORKERS} processes at once, ${ROUNDS} rounds, exactly once`, async () => {
    const vault = makeVault();
    const note = join(vault, "Contacts", "Ann Lee.md");
    for (let round = 1; round <= ROUNDS; round++) {
      const at = Date.now() + 30;
      const outcomes = await Promise.all(
        workers.map((w, i) => runIn(w, ["log", vault, "Ann Lee", "--type", "call", "--note", `r${round}-w${i}`, "--today", TODAY], at)),
      );
      expect(
        outcomes.filter((o) => o.code !== 0),
        `round ${round}`,
      ).toEqual([]);
      const counts = entryCounts(readFileSync(note, "utf8"));
      for (let i = 0; i < WORKERS; i++) expect(counts.get(`r${round}-w${i}`), `round ${round}, process ${i}`).toBe(1);
    }
    const text = readFileSync(note, "utf8");
    expect(entryCounts(text).size).toBe(WORKERS * ROUNDS);
    expect(
      text.startsWith(
        "---\ntier: A\n# a comment that must survive\nlast-touch: 2026-11-26\n---\nIntro.\n\n## Log\n- 2026-10-01 call: first\n",
      ),
    ).toBe(true);
    // No lock file or temporary file left behind.
    expect(readdirSync(join(vault, "Contacts"))).toEqual(["Ann Lee.md"]);
  });

  it(`keeps every entry of ${WORKERS} spawned dist/cli.mjs processes`, async () => {
    const vault = makeVault();
    const outcomes = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        spawnCli(["log", vault, "Ann Lee", "--type", "call", "--note", `spawned-${i}`, "--today", TODAY]),
      ),
    );
    expect(outcomes.filter((o) => o.code !== 0)).toEqual([]);
    const counts = entryCounts(readFileSync(join(vault, "Contacts", "Ann Lee.md"), "utf8"));
    for (let i = 0; i < WORKERS; i++) expect(counts.get(`spawned-${i}`), `process ${i}`).toBe(1);
    expect(readdirSync(join(vault, "Contacts"))).toEqual(["Ann Lee.md"]);
  });
});
