import { describe, expect, it } from "vitest";
import { listKey } from "../../../src/ui/panel/list-keys";

const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) =>
  listKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe("the list's keys", () => {
  it("Space and → show the focused person's card; with a modifier they are left alone", () => {
    expect(key(" ")).toEqual({ action: "card", newLeaf: false });
    expect(key("ArrowRight")).toEqual({ action: "card", newLeaf: false });
    expect(key(" ", { shiftKey: true })).toBeNull();
    expect(key("ArrowRight", { ctrlKey: true })).toBeNull();
    expect(key("ArrowRight", { altKey: true })).toBeNull();
  });

  it("keeps the other keys as they were", () => {
    expect(key("Enter")).toEqual({ action: "open", newLeaf: false });
    expect(key("Enter", { metaKey: true })).toEqual({ action: "open", newLeaf: true });
    expect(key("ArrowDown")).toEqual({ move: 1 });
    expect(key("T")).toEqual({ action: "touched", newLeaf: false });
    expect(key("ArrowLeft")).toBeNull();
  });
});
