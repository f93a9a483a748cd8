/**
 * The note editor, kept small: a real CodeMirror 6 `EditorView` (the same @codemirror/state and
 * view the plugin's `require` gets, bundled into the page, as Obsidian provides its own), an
 * `Editor` over it, the plugins' editor extensions, and the keys and triggers of their
 * `EditorSuggest`s (tests/standin/editor-suggest.ts). See tests/e2e/README.md for what it leaves out.
 */
import type * as O from "obsidian";
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";
import { Compartment, EditorState, Prec, StateField, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { App } from "../../standin/app";
import type { EditorSuggest } from "../../standin/editor-suggest";
import { asStandin } from "./tracking";

/** What `require('@codemirror/…')` returns to the plugin: the very modules the editor runs on. */
export const codemirrorModules: Record<string, unknown> = { "@codemirror/state": cmState, "@codemirror/view": cmView };

export const editorInfoField = StateField.define<O.MarkdownFileInfo>({
  create: () => null as unknown as O.MarkdownFileInfo,
  update: (value) => value,
});

/** The app whose plugins' extensions and suggests the editors run (there is one on the page). */
let app: App | null = null;
const liveEditors = new Set<EditorView>();
const pluginCompartment = new Compartment();

function extensions(): Extension[] {
  return (app?.editorExtensions ?? []) as Extension[];
}

function suggests(): EditorSuggest<unknown>[] {
  return (app?.editorSuggests ?? []) as unknown as EditorSuggest<unknown>[];
}

/** Editors follow the app's registered extensions, as Obsidian's updateOptions does. */
export function bindEditors(to: App): void {
  app = to;
  to.editorExtensionsChanged = () => {
    for (const view of liveEditors) view.dispatch({ effects: pluginCompartment.reconfigure([...extensions()]) });
  };
}

type EditorMembers =
  | "getValue"
  | "setValue"
  | "getLine"
  | "lineCount"
  | "lastLine"
  | "getCursor"
  | "setCursor"
  | "replaceRange"
  | "offsetToPos"
  | "posToOffset"
  | "focus";

/** Obsidian's `Editor` over a CodeMirror view: positions are `{ line, ch }`, 0-based. */
export class Editor implements Pick<O.Editor, EditorMembers> {
  constructor(readonly cm: EditorView) {}

  getValue(): string {
    return this.cm.state.doc.toString();
  }
  setValue(content: string): void {
    this.cm.dispatch({ changes: { from: 0, to: this.cm.state.doc.length, insert: content } });
  }
  getLine(line: number): string {
    return this.cm.state.doc.line(line + 1).text;
  }
  lineCount(): number {
    return this.cm.state.doc.lines;
  }
  lastLine(): number {
    return this.cm.state.doc.lines - 1;
  }
  getCursor(): O.EditorPosition {
    return this.offsetToPos(this.cm.state.selection.main.head);
  }
  setCursor(pos: O.EditorPosition | number, ch?: number): void {
    const at = typeof pos === "number" ? this.posToOffset({ line: pos, ch: ch ?? 0 }) : this.posToOffset(pos);
    this.cm.dispatch({ selection: { anchor: at } });
  }
  replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition): void {
    this.cm.dispatch({ changes: { from: this.posToOffset(from), to: this.posToOffset(to ?? from), insert: replacement } });
  }
  offsetToPos(offset: number): O.EditorPosition {
    const line = this.cm.state.doc.lineAt(offset);
    return { line: line.number - 1, ch: offset - line.from };
  }
  posToOffset(pos: O.EditorPosition): number {
    return this.cm.state.doc.line(pos.line + 1).from + pos.ch;
  }
  focus(): void {
    this.cm.focus();
  }

  /** Where the cursor is drawn, for a suggest's popup. */
  cursorCoords(): { left: number; bottom: number } | null {
    return this.cm.coordsAtPos(this.cm.state.selection.main.head);
  }
}

function openSuggest(): EditorSuggest<unknown> | undefined {
  return suggests().find((s) => s.isOpen);
}

const suggestKeys = Prec.highest(
  keymap.of([
    { key: "Enter", run: () => withOpenSuggest((s) => s.pick()) },
    { key: "Tab", run: () => withOpenSuggest((s) => s.pick()) },
    { key: "ArrowDown", run: () => withOpenSuggest((s) => s.move(1)) },
    { key: "ArrowUp", run: () => withOpenSuggest((s) => s.move(-1)) },
    { key: "Escape", run: () => withOpenSuggest((s) => s.close()) },
  ]),
);

/** Enter and Backspace, plainly (no list continuation: the scenarios type their bullets). */
const basicKeys = keymap.of([
  { key: "Enter", run: (v) => (v.dispatch(v.state.replaceSelection("\n"), { userEvent: "input" }), true) },
  {
    key: "Backspace",
    run: (v) => {
      const { from, to } = v.state.selection.main;
      if (from === to && from === 0) return true;
      v.dispatch({ changes: { from: from === to ? from - 1 : from, to }, userEvent: "delete" });
      return true;
    },
  },
]);

function withOpenSuggest(run: (s: EditorSuggest<unknown>) => void): boolean {
  const open = openSuggest();
  if (open === undefined) return false;
  run(open);
  return true;
}

/** Asks each suggest in turn, as Obsidian does: the first that applies is shown. */
async function runSuggests(editor: Editor, file: O.TFile | null): Promise<void> {
  let shown = false;
  for (const s of suggests()) {
    if (shown) s.close();
    else shown = await s.trigger(editor as unknown as O.Editor, file);
  }
}

/** A CodeMirror editor for a note; `onChange` gets the text after each edit. */
export function createEditor(parent: HTMLElement, text: string, info: O.MarkdownFileInfo, onChange: (text: string) => void): Editor {
  let editor: Editor | null = null;
  const view = asStandin(
    () =>
      new EditorView({
        parent,
        state: EditorState.create({
          doc: text,
          extensions: [
            editorInfoField.init(() => info),
            EditorView.lineWrapping,
            suggestKeys,
            basicKeys,
            pluginCompartment.of([...extensions()]),
            EditorView.updateListener.of((update) => {
              if (editor === null) return;
              if (update.docChanged) onChange(update.state.doc.toString());
              // Asked again on every edit and cursor move; a suggest that no longer applies closes.
              if (update.docChanged || update.selectionSet) void runSuggests(editor, info.file);
            }),
          ],
        }),
      }),
  );
  editor = new Editor(view);
  liveEditors.add(view);
  return editor;
}

export function destroyEditor(editor: Editor): void {
  liveEditors.delete(editor.cm);
  suggests().forEach((s) => s.close());
  editor.cm.destroy();
}
