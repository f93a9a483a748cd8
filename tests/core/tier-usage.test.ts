import { describe, expect, it } from "vitest";
import { contactFromText } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import { contactsUsingTier, tierDeleteQuestion } from "../../src/core/tier-usage";

const settings = defaultSettings();
const person = (name: string, fm: string) => contactFromText(`Contacts/${name}.md`, `---\n${fm}\n---\n`, settings);

describe("who uses a tier", () => {
  const contacts = [
    person("Ann", "tier: B"),
    person("Bo", "tier: 2"),
    person("Cy", "tier: b"),
    person("Di", "tier: A"),
    person("Ed", "tier: none"),
    person("Fay", "cadence: 3m"),
    person("Gus", "tier: Z"),
  ];

  it("counts by key, alias and any case, and nobody without that tier", () => {
    expect(contactsUsingTier(contacts, { key: "B" })).toBe(3);
    expect(contactsUsingTier(contacts, { key: "a" })).toBe(1);
    expect(contactsUsingTier(contacts, { key: "C" })).toBe(0);
    expect(contactsUsingTier(contacts, { key: "Z" })).toBe(0); // an unknown tier resolves to none
  });

  it("asks only when someone uses it, naming how many", () => {
    expect(tierDeleteQuestion({ key: "C", label: "Maintain" }, 0)).toBeNull();
    expect(tierDeleteQuestion({ key: "B", label: "Active" }, 3)).toMatch(/^3 contacts use tier B \(Active\)\. They become untracked/);
    expect(tierDeleteQuestion({ key: "A", label: "Inner circle" }, 1)).toMatch(/^1 contact uses tier A \(Inner circle\)\./);
  });
});
