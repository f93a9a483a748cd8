/** Builds contacts and their schedule through the real core, as the index would. */
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLog, type LogEntry } from "../../src/core/log";
import { scheduleContact, type ScheduledContact } from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";
import { isoDate } from "../../src/core/dates";

export const settings = defaultSettings();
export const TODAY = isoDate("2026-11-26");

/** The entries of a log written as its lines, as the note's log section would read. */
export function entriesOf(log: string): LogEntry[] {
  return parseLog(`## Log\n${log}\n`, "Log", settings.interactionTypes);
}

export function contact(
  name: string,
  frontmatter: Record<string, unknown> = {},
  opts: { tags?: string[]; log?: string; path?: string } = {},
): Contact {
  const text = opts.log === undefined ? "" : `## Log\n${opts.log}\n`;
  return buildContact(
    { path: opts.path ?? `Contacts/${name}.md`, frontmatter, tags: opts.tags ?? [], log: parseLog(text, "Log", settings.interactionTypes) },
    settings,
  );
}

export function schedule(c: Contact, today = TODAY): ScheduledContact {
  return scheduleContact(c, today, settings.soonDays);
}

export function person(
  name: string,
  frontmatter: Record<string, unknown> = {},
  opts: { tags?: string[]; log?: string; path?: string } = {},
): ScheduledContact {
  return schedule(contact(name, frontmatter, opts));
}

/** A deterministic pseudo-random generator, so big generated networks are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = ["Ann", "Bob", "Cara", "Dev", "Élodie", "Farid", "Gus", "Hana", "Ivo", "Jo", "Kim", "Léa", "Mo", "Nia", "Otto", "Zoë"];

/** A network of `n` people with a spread of tiers, last touches, snoozes and flags. */
export function network(n: number, seed = 1): ScheduledContact[] {
  const r = rng(seed);
  const out: ScheduledContact[] = [];
  for (let i = 0; i < n; i++) {
    const fm: Record<string, unknown> = { tier: "ABCD"[Math.floor(r() * 4)] };
    if (r() < 0.7)
      fm["last-touch"] = `2026-${String(1 + Math.floor(r() * 11)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
    if (r() < 0.05) fm["snooze-until"] = `2027-0${1 + Math.floor(r() * 9)}-15`;
    if (r() < 0.03) fm["do-not-contact"] = true;
    if (r() < 0.05) fm["no-refer"] = true;
    const name = `${FIRST[Math.floor(r() * FIRST.length)] ?? "X"} ${i}`;
    out.push(person(name, fm, { tags: r() < 0.3 ? ["contact", "work/eng"] : ["contact"] }));
  }
  return out;
}
