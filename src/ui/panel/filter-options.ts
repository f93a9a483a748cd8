/**
 * The filter bar's dropdowns: their options, and the mapping between an option's string value and
 * the filter it stands for (a tier key, "no tier", a tag, or all).
 */
import type { Contact } from "../../core/contact";
import { topicTags } from "../../core/referral-text";
import type { TierDef } from "../../core/settings";
import { NO_TIER } from "./list-model";

export interface Option {
  value: string;
  label: string;
}

// Dropdown values are strings; prefixes keep "all", "no tier" and any tier key apart.
const ALL = "all";

export function tierOptions(tiers: readonly TierDef[]): Option[] {
  return [
    { value: ALL, label: "All tiers" },
    ...tiers.map((t) => ({ value: `tier:${t.key}`, label: `${t.key}: ${t.label}` })),
    { value: "none", label: "No tier" },
  ];
}

export function tierFromOption(value: string): string | null {
  if (value === "none") return NO_TIER;
  return value.startsWith("tier:") ? value.slice(5) : null;
}

export function tierToOption(tier: string | null): string {
  return tier === null ? ALL : tier === NO_TIER ? "none" : `tier:${tier}`;
}

/** Every topic tag on a contact that can be reached (not the contact tags, not the log's reciprocity tags), sorted. */
export function tagOptions(contacts: readonly Contact[], contactTags: readonly string[]): Option[] {
  const counts = new Map<string, number>();
  for (const c of contacts) {
    if (c.doNotContact) continue;
    for (const t of topicTags(c.tags, contactTags)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const tags = [...counts.keys()].sort((a, b) => a.localeCompare(b));
  return [{ value: ALL, label: "All tags" }, ...tags.map((t) => ({ value: `tag:${t}`, label: `#${t} (${counts.get(t) ?? 0})` }))];
}

export function tagFromOption(value: string): string | null {
  return value.startsWith("tag:") ? value.slice(4) : null;
}

export function tagToOption(tag: string | null): string {
  return tag === null ? ALL : `tag:${tag}`;
}
