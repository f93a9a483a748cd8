/**
 * The stand-in's UI where the unit tests' and the page's copies used to differ: the behaviour
 * kept is Obsidian's (tests/standin/README.md gives each source).
 */
import type * as O from "obsidian";
import { Component, ItemView, Keymap, MarkdownView, Modal, Notice } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, loadComponent, notices, Plugin } from "../stubs/obsidian";

const MANIFEST: O.PluginManifest = { id: "probe", name: "Probe", author: "", version: "1.0.0", minAppVersion: "1.7.2", description: "" };

/** The stand-in's Component says whether it is loaded (Obsidian's keeps that private). */
const loaded = (c: O.Component): boolean => (c as unknown as { isLoaded(): boolean }).isLoaded();

/** A view that records its lifecycle. */
class ProbeView extends ItemView {
  static log: string[] = [];
  getViewType(): string {
    return "probe";
  }
  getDisplayText(): string {
    return "Probe";
  }
  protected override async onOpen(): Promise<void> {
    ProbeView.log.push(`open:${String(loaded(this))}`);
  }
  protected override async onClose(): Promise<void> {
    ProbeView.log.push("close");
  }
}

class ProbePlugin extends Plugin {
  override onload(): void {
    this.registerView("probe", (leaf) => new ProbeView(leaf));
    this.addCommand({
      id: "both",
      name: "Both",
      callback: () => ProbeView.log.push("callback"),
      editorCallback: () => ProbeView.log.push("editor"),
    });
  }
}

afterEach(() => {
  ProbeView.log = [];
  notices.length = 0;
  vi.useRealTimers();
  document.body.empty();
});

const ticks = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe("the stand-in's workspace", () => {
  it("opens a view it shows (loaded first, then onOpen) and closes the one it replaces", async () => {
    const { app } = createApp();
    const plugin = new ProbePlugin(app, MANIFEST);
    await loadComponent(plugin);
    const leaf = app.workspace.getRightLeaf(false);
    await leaf?.setViewState({ type: "probe" });
    expect(ProbeView.log).toEqual(["open:true"]);
    expect(leaf?.view.containerEl.querySelector(".view-content")).not.toBeNull();
    await leaf?.setViewState({ type: "empty" });
    expect(ProbeView.log).toEqual(["open:true", "close"]);
  });

  it("keeps a plugin's leaves when it unloads, showing an empty view in them", async () => {
    const { app } = createApp();
    const plugin = new ProbePlugin(app, MANIFEST);
    await loadComponent(plugin);
    await app.workspace.getRightLeaf(false)?.setViewState({ type: "probe" });
    plugin.unload();
    await ticks();
    const types: string[] = [];
    app.workspace.iterateAllLeaves((l) => types.push(l.view.getViewType()));
    expect(types).toEqual(["empty"]);
    expect(ProbeView.log).toEqual(["open:true", "close"]);
  });

  it("answers the active note from a side panel with the most recent one", async () => {
    const { app, vault, workspace } = createApp();
    vault.seed({ "Ann.md": "hello" });
    const ann = vault.getFileByPath("Ann.md");
    if (ann === null) throw new Error("no note");
    await workspace.getLeaf(false).openFile(ann);
    const side = workspace.getRightLeaf(false);
    if (side === null) throw new Error("no leaf");
    workspace.setActiveLeaf(side);
    expect(app.workspace.getActiveFile()).toBe(ann);
    expect(workspace.getActiveViewOfType(MarkdownView)).toBeNull();
  });
});

describe("the stand-in's plugin and commands", () => {
  it("prefixes a command's id and name, and runs an editor callback over a plain callback", async () => {
    const { app, vault, workspace } = createApp();
    const plugin = new ProbePlugin(app, MANIFEST);
    await loadComponent(plugin);
    const registry = (app as unknown as { commands: { commands: Map<string, O.Command>; execute(id: string): boolean } }).commands;
    expect([...registry.commands.values()].map((c) => [c.id, c.name])).toEqual([["probe:both", "Probe: Both"]]);
    // No note open: an editor command is not available, even with a plain callback beside it.
    expect(registry.execute("probe:both")).toBe(false);
    vault.seed({ "Ann.md": "hello" });
    const ann = vault.getFileByPath("Ann.md");
    if (ann === null) throw new Error("no note");
    workspace.setActiveFile(ann);
    expect(registry.execute("probe:both")).toBe(true);
    expect(ProbeView.log).toEqual(["editor"]);
  });
});

describe("the stand-in's keymap, modals and notices", () => {
  it("turns modifier clicks into the pane types obsidian.d.ts names", () => {
    expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
    expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
    expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
    expect(Keymap.isModEvent(new MouseEvent("click", { metaKey: true, altKey: true }))).toBe("split");
    expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
  });

  it("closes a modal on Escape, once, and opens it once however often asked", () => {
    const { app } = createApp();
    const closed = vi.fn();
    const modal = new Modal(app);
    modal.onClose = closed;
    modal.open();
    modal.open();
    expect(document.querySelectorAll(".modal-container")).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(modal.containerEl.isConnected).toBe(false);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it("hides a notice after its duration, keeps one of duration 0, and records both", () => {
    vi.useFakeTimers();
    const brief = new Notice("Saved", 1000);
    const kept = new Notice("Read me", 0);
    expect(brief.messageEl.textContent).toBe("Saved");
    expect(brief.noticeEl).toBe(brief.messageEl);
    vi.advanceTimersByTime(999);
    expect(brief.containerEl.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(brief.containerEl.isConnected).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(kept.containerEl.isConnected).toBe(true);
    expect(notices).toEqual(["Saved", "Read me"]);
  });

  it("unloads a component's children and registrations once", () => {
    const parent = new Component();
    const child = parent.addChild(new Component());
    const cleanup = vi.fn();
    parent.register(cleanup);
    parent.load();
    parent.unload();
    parent.unload();
    expect([loaded(parent), loaded(child)]).toEqual([false, false]);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});
