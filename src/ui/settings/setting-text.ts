/**
 * What is typed into the settings tab, read: lists, bounded numbers, and the next free tier key.
 * Each reading says what was expected when the text does not fit.
 */
import type { TierDef } from "../../core/settings";

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

export const asText = (text: string): Parsed => ({ ok: true, value: text });
export const splitCommas = (text: string): string[] =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A list typed as words separated by commas or spaces. */
export function parseList(text: string): string[] {
  return text.split(/[,\s]+/).filter((w) => w !== "");
}

/** A number typed in a text box, within bounds, with a message that says what is expected. */
export function parseNumber(text: string, opts: { min: number; max: number; integer: boolean; what: string }): Parsed {
  const value = Number(text.trim());
  const expected = `${opts.what}: ${opts.integer ? "a whole number" : "a number"} from ${opts.min} to ${opts.max}`;
  if (text.trim() === "" || !Number.isFinite(value)) return { ok: false, message: `Enter ${expected}` };
  if ((opts.integer && !Number.isInteger(value)) || value < opts.min || value > opts.max)
    return { ok: false, message: `Enter ${expected}` };
  return { ok: true, value };
}

/** The first tier key not yet used: E after A–D. */
export function nextTierKey(tiers: readonly TierDef[]): string {
  const used = new Set(tiers.map((t) => t.key.toLowerCase()));
  for (const key of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if (!used.has(key.toLowerCase())) return key;
  let n = tiers.length + 1;
  while (used.has(String(n))) n++;
  return String(n);
}
