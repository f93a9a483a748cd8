import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import { isTriageCandidate, TriageSession, triageKey, triageQueue } from "../../src/core/triage";
import { defaultSettings } from "../../src/core/settings";

const settings = defaultSettings();
const person = (name: string, fm: Record<string, unknown>, error?: string) =>
  buildContact({ path: `People/${name}.md`, frontmatter: { name, ...fm }, frontmatterError: error }, settings);

/** [frontmatter, offered] */
const WHO: ReadonlyArray<[Record<string, unknown>, boolean]> = [
  [{}, true],
  [{ "prm-tier": "close" }, true], // an unknown tier: offered, so it can be fixed
  [{ tier: "B" }, false],
  [{ cadence: "2w" }, false],
  [{ tier: "none" }, false],
  [{ tier: "database" }, false],
  [{ cadence: "never" }, false],
  [{ "do-not-contact": true }, false],
  [{ dnc: true }, false],
  [{ unsubscribed: "yes" }, false],
  [{ "do not contact": "2026-01-01" }, false],
  [{ "prm-paused": true }, false],
  [{ "opted-out": "maybe" }, false], // unreadable: treated as set
];

describe("who triage offers", () => {
  it.each(WHO)("%j → %s", (fm, offered) => {
    expect(isTriageCandidate(person("X", fm))).toBe(offered);
  });

  it("never offers a note the plugin will not write to", () => {
    expect(isTriageCandidate(person("X", {}, "frontmatter is not valid YAML"))).toBe(false);
  });

  it("orders by mentions, then by name ignoring case and accents, and never lists a do-not-contact person", () => {
    const people = [
      person("émile", {}),
      person("Bea", {}),
      person("anna", {}),
      person("Zed", { dnc: true }),
      person("Carl", { tier: "A" }),
    ];
    expect(triageQueue(people).map((c) => c.name)).toEqual(["anna", "Bea", "émile"]);
    const mentions = new Map([
      ["People/Bea.md", 4],
      ["People/Zed.md", 99],
    ]);
    expect(triageQueue(people, (p) => mentions.get(p) ?? 0).map((c) => c.name)).toEqual(["Bea", "anna", "émile"]);
  });
});

describe("triage keys and steps", () => {
  it.each([
    ["1", { kind: "tier", index: 0 }],
    ["4", { kind: "tier", index: 3 }],
    ["5", null],
    ["0", { kind: "database" }],
    ["s", { kind: "skip" }],
    ["S", { kind: "skip" }],
    ["Backspace", { kind: "undo" }],
    ["Escape", { kind: "stop" }],
    ["x", null],
  ])("%s with four tiers → %j", (key, expected) => {
    expect(triageKey(key, 4)).toEqual(expected);
  });

  it("moves on with each step and back with undo, remembering what the note had", () => {
    const session = new TriageSession([person("Ann", {}), person("Bo", { "prm-tier": "close" })]);
    expect(session.current()?.name).toBe("Ann");
    session.record({ previous: null, written: "B" });
    expect(session.current()?.name).toBe("Bo");
    session.record({ previous: "close", written: null });
    expect(session.current()).toBeNull();
    expect(session.progress()).toEqual({ done: 2, total: 2 });
    expect(session.undo()).toMatchObject({ name: "Bo", previous: "close", written: null });
    expect(session.undo()).toMatchObject({ name: "Ann", previous: null, written: "B" });
    expect(session.undo()).toBeNull();
    expect(session.current()?.name).toBe("Ann");
  });
});
