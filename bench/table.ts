/** The bench's table: one row per figure, one column per vault size, the target and a verdict. */
import { TARGETS, type Figures, type Verdict } from "./targets";

interface Context {
  today: string;
  seed: number;
  machine: { cpus: number; cpu: string; node: string; loadAverage: number[] };
  seconds: number;
  missing: ReadonlyMap<string, string>;
}

function show(value: number | null, unit: string): string {
  if (value === null) return "n/a";
  if (unit === "") return value.toLocaleString("en-US");
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

export function renderTable(curve: readonly Figures[], judged: readonly Verdict[], ctx: Context): string {
  const head = ["", ...curve.map((f) => `${f.contacts.toLocaleString("en-US")} / ${f.notes.toLocaleString("en-US")}`), "target", ""];
  const rows: string[][] = [head];
  for (const target of TARGETS) {
    const verdict = judged.find((v) => v.key === target.key)?.pass ?? null;
    const label = target.unit === "" ? target.label : `${target.label} (${target.unit})`;
    rows.push([
      label,
      ...curve.map((f) => show(f[target.key], target.unit)),
      target.text,
      verdict === null ? "" : verdict ? "pass" : "FAIL",
    ]);
  }
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [
    `Contact Cadence benchmarks: contacts / notes per column; medians after a warm-up; today ${ctx.today}, seed ${ctx.seed}`,
    `${ctx.machine.cpus} × ${ctx.machine.cpu}, Node ${ctx.machine.node}, load average ${ctx.machine.loadAverage.join(" ")}`,
    "",
    line(rows[0] ?? []),
    ...rows.slice(1).map(line),
    "",
    "Targets are judged at the largest size; the DOM's across the sizes.",
  ];
  for (const [what, why] of ctx.missing) out.push(`n/a (${what}): ${why}`);
  out.push(`${ctx.seconds.toFixed(0)} s in all.`, "");
  return out.join("\n");
}
