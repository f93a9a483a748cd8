/** Shared set-up for the adapter tests: a stub app, a contact index over it, and hand-run timers. */
import type * as O from "obsidian";
import { ContactIndex } from "../../src/obsidian/contact-index";
import type { Timers } from "../../src/lib/change-signal";
import { NoteWriter, type NoteWriterServices } from "../../src/obsidian/note-writer";
import type { PluginContext } from "../../src/ports";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { History } from "../../src/core/history";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { WriteHistory } from "../../src/obsidian/write-history";
import { createApp, type MetadataCache, type Vault, type Workspace } from "../stubs/obsidian";
import { type IsoDate } from "../../src/core/dates";
import moment from "moment";
import { momentParser, type DailyNotes } from "../../src/core/dated-notes";
import { TouchTracker } from "../../src/obsidian/touch-tracker";

/** Timers the test runs by hand: nothing fires until `flush()`. */
export class ManualTimers implements Timers {
  private readonly pending = new Map<number, () => void>();
  private next = 0;
  set(callback: () => void): number {
    this.pending.set(++this.next, callback);
    return this.next;
  }
  clear(id: number): void {
    this.pending.delete(id);
  }
  get size(): number {
    return this.pending.size;
  }
  flush(): void {
    for (const [id, callback] of [...this.pending]) {
      this.pending.delete(id);
      callback();
    }
  }
}

export interface Harness {
  app: O.App;
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  index: ContactIndex;
  timers: ManualTimers;
  settings: Settings;
  /** Lays out the workspace (the index builds) and waits for the build. */
  ready(): Promise<void>;
}

/**
 * `mentions`: the index tracks mentions and follow-ups, as the plugin's does; given as the daily
 * notes' folder and format, daily notes are read from there (`true`: Obsidian's defaults).
 */
export function harness(
  files: Record<string, string> = {},
  settings: Settings = defaultSettings(),
  mentions: DailyNotes | boolean = false,
): Harness {
  const { app, vault, metadataCache, workspace } = createApp();
  const daily = typeof mentions === "object" ? mentions : null;
  const touches =
    mentions === false
      ? undefined
      : new TouchTracker({
          resolveLink: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
          settings: () => h.settings,
          parseDate: momentParser((text, format, strict) => moment(text, format, strict)),
          ...(daily === null ? {} : { readDailyNotes: () => Promise.resolve(daily) }),
          resolvedLinks: () => app.metadataCache.resolvedLinks,
        });
  vault.seed(files);
  const timers = new ManualTimers();
  const h: Harness = {
    app,
    vault,
    metadataCache,
    workspace,
    timers,
    settings,
    index: new ContactIndex({
      metadataCache: app.metadataCache,
      vault: app.vault,
      onLayoutReady: (cb) => app.workspace.onLayoutReady(cb),
      settings: () => h.settings,
      timers,
      ...(touches === undefined ? {} : { touches }),
    }),
    async ready() {
      workspace.setLayoutReady();
      await h.index.settled();
    },
  };
  h.index.start();
  return h;
}

/** The plugin's note writer and panel host over a harness, with the answers and notices a test controls. */
export function hostFor(
  h: Harness,
  today: IsoDate,
  ui: Pick<NoteWriterServices, "confirm" | "notify">,
): { writer: NoteWriter; host: PluginContext; writes: WriteHistory; confirmations: string[]; undoButtons: HTMLElement[] } {
  const store = new VaultNoteStore(h.app.vault, h.app.fileManager);
  // Confirmations (and undo reports) are kept apart from the writer's own notices (errors, warnings).
  const confirmations: string[] = [];
  const undoButtons: HTMLElement[] = [];
  const writes = new WriteHistory(new History(store), {
    notice: (content) => {
      if (typeof content === "string") confirmations.push(content);
      else {
        // The fragment's text is the message; its Undo button is kept for the test to click.
        confirmations.push(
          Array.from(content.children, (c) => c.textContent)
            .filter((t) => t !== "")
            .join(" "),
        );
        const button = content.querySelector<HTMLElement>(".cc-notice-undo");
        if (button !== null) undoButtons.push(button);
      }
    },
    fragment: (build) => createFragment(build),
  });
  const writer = new NoteWriter({
    vault: h.app.vault,
    openFile: (f) => h.app.workspace.getLeaf(false).openFile(f),
    index: h.index,
    settings: () => h.settings,
    today: () => today,
    confirm: ui.confirm,
    notify: ui.notify,
    writes,
    store,
  });
  return {
    writer,
    writes,
    confirmations,
    undoButtons,
    host: { index: h.index, actions: writer, settings: () => h.settings, today: () => today },
  };
}

export function file(vault: Vault, path: string): O.TFile {
  const f = vault.getFileByPath(path);
  if (f === null) throw new Error(`no file ${path}`);
  return f;
}

/** Deletes a note the way a user does in the file explorer. */
export async function deleteNote(h: Pick<Harness, "app" | "vault">, path: string): Promise<void> {
  await h.app.fileManager.trashFile(file(h.vault, path));
}

/** A promise and the function that resolves it, to hold an async step until the test says so. */
export function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}
