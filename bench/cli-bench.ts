/**
 * `due --json` as a process against the floor: both are esbuild bundles run by the same
 * `node`, over the same folder, interleaved in one run so that a busy neighbour on the machine
 * slows both alike. Each figure is the median of `runs` runs after one warm-up of each (which
 * also fills the page cache, so neither pays for the disk).
 */
import { spawnSync } from "node:child_process";
import { median } from "./lib/stats";

export interface CliFigures {
  cliMs: number;
  cliFloorMs: number;
  cliRatio: number;
  /** Contacts in the CLI's output, to check it read what the generator wrote. */
  cliContacts: number;
  cliProblems: number;
  /** Notes the floor read. */
  floorFiles: number;
}

interface Timed {
  ms: number;
  stdout: string;
}

function timedProcess(args: readonly string[]): Timed {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.error !== undefined) throw run.error;
  // `due` exits 0; a non-zero code (or a crash) means the figure would be meaningless.
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${String(run.status)}: ${run.stderr.slice(0, 500)}`);
  return { ms, stdout: run.stdout };
}

export function benchCli(cliPath: string, floorPath: string, vault: string, today: string, runs: number): CliFigures {
  const cliArgs = [cliPath, "due", vault, "--json", "--today", today];
  const floorArgs = [floorPath, vault];
  const first = timedProcess(cliArgs);
  const output = JSON.parse(first.stdout) as { contacts?: unknown[]; problems?: unknown[] };
  const floor = JSON.parse(timedProcess(floorArgs).stdout) as { files: number };
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other's cache traffic.
    if (i % 2 === 0) {
      bare.push(timedProcess(floorArgs).ms);
      cli.push(timedProcess(cliArgs).ms);
    } else {
      cli.push(timedProcess(cliArgs).ms);
      bare.push(timedProcess(floorArgs).ms);
    }
  }
  const cliMs = median(cli);
  const cliFloorMs = median(bare);
  return {
    cliMs,
    cliFloorMs,
    cliRatio: cliMs / cliFloorMs,
    cliContacts: output.contacts?.length ?? 0,
    cliProblems: output.problems?.length ?? 0,
    floorFiles: floor.files,
  };
}
