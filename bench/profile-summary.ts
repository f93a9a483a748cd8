/**
 * Sums a V8 CPU profile (from `node --cpu-prof`) by function: self time and total time, heaviest
 * first, so a bottleneck shows by name and file. Used to find what to optimise; not part of the run.
 *
 *     node --cpu-prof --cpu-prof-dir=bench/out/prof bench/out/index-worker.mjs <vault> <today>
 *     npx tsx bench/profile-summary.ts bench/out/prof/<file>.cpuprofile [rows] [focus]
 *
 * With `focus` (a function name), only samples taken inside that function count.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg, focus] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: profile-summary <file.cpuprofile> [rows]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (n: ProfileNode): string => {
  const where = n.callFrame.url.replace(/^.*\//, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${where}:${n.callFrame.lineNumber + 1}`;
};
function onStack(id: number, name: string): boolean {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
    if (byId.get(at)?.callFrame.functionName === name) return true;
  return false;
}
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (node === undefined) continue;
  if (focus !== undefined && !onStack(id, focus)) continue;
  self.set(label(node), (self.get(label(node)) ?? 0) + us);
  // Each frame on the stack gets the sample once, however deep the recursion.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at);
    if (n === undefined) break;
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + us);
  }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
const rows = Number(rowsArg ?? 25);
const print = (title: string, map: Map<string, number>): void => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print("self time", self);
print("total time", total);
