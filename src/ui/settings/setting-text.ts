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

/** How a kind of setting is shown in its text box and read back from it. */
export interface TextForm<T> {
  show(value: T): string;
  parse(text: string): Parsed;
}

/** Text as typed. */
export const plainText: TextForm<string> = { show: (v) => v, parse: asText };
/** Folders or tags, which may hold spaces: shown and typed separated by commas. */
export const commaList: TextForm<readonly string[]> = { show: (v) => v.join(", "), parse: (t) => ({ ok: true, value: splitCommas(t) }) };
/** Words or keys: shown separated by commas, typed separated by commas or spaces. */
export const wordList: TextForm<readonly string[]> = { show: (v) => v.join(", "), parse: (t) => ({ ok: true, value: parseList(t) }) };
/** A bounded number (see `parseNumber`). */
export function numberText(opts: { min: number; max: number; integer: boolean; what: string }): TextForm<number> {
  return { show: (v) => String(v), parse: (t) => parseNumber(t, opts) };
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
