/**
 * The note editor and reading view, kept small: a real CodeMirror 6 `EditorView` (the same
 * @codemirror/state and view the plugin's `require` gets, bundled into the page, as Obsidian
 * provides its own), an `Editor` over it, `EditorSuggest` with Obsidian's popup classes, the
 * plugin's editor extensions, and a reading view that runs markdown post-processors over a plain
 * rendering of the note's blocks. See tests/e2e/README.md for what it leaves out.
 */
import type * as O from "obsidian";
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";
import { Compartment, EditorState, Prec, StateField, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { Component } from "../../standin/events";
import { asStandin } from "./tracking";

/** Obsidian's `MarkdownRenderChild`: a component tied to an element of the rendered page. */
export class MarkdownRenderChild extends Component implements Pick<O.MarkdownRenderChild, "containerEl"> {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

/** What `require('@codemirror/…')` returns to the plugin: the very modules the editor runs on. */
export const codemirrorModules: Record<string, unknown> = { "@codemirror/state": cmState, "@codemirror/view": cmView };

export const editorInfoField = StateField.define<O.MarkdownFileInfo>({
  create: () => null as unknown as O.MarkdownFileInfo,
  update: (value) => value,
});

/** What plugins registered; live editors are reconfigured when it changes (as Obsidian's updateOptions does). */
const extensions: Extension[] = [];
const suggests: EditorSuggest<unknown>[] = [];
export const postProcessors: O.MarkdownPostProcessor[] = [];
const liveEditors = new Set<EditorView>();
const pluginCompartment = new Compartment();

function reconfigure(): void {
  for (const view of liveEditors) view.dispatch({ effects: pluginCompartment.reconfigure([...extensions]) });
}

export function addEditorExtension(extension: Extension): () => void {
  extensions.push(extension);
  reconfigure();
  return () => {
    extensions.splice(extensions.indexOf(extension), 1);
    reconfigure();
  };
}

export function addEditorSuggest(suggest: O.EditorSuggest<unknown>): () => void {
  const own = suggest as unknown as EditorSuggest<unknown>;
  suggests.push(own);
  return () => {
    own.close();
    suggests.splice(suggests.indexOf(own), 1);
  };
}

export function addPostProcessor(processor: O.MarkdownPostProcessor): () => void {
  postProcessors.push(processor);
  return () => void postProcessors.splice(postProcessors.indexOf(processor), 1);
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
}

/**
 * Obsidian's `EditorSuggest`: asked on every edit whether it applies (`onTrigger`), then shown as
 * `.suggestion-container` under the cursor; ↑/↓ move, Enter or Tab picks, Escape closes.
 */
export abstract class EditorSuggest<T> implements Pick<
  O.EditorSuggest<T>,
  "app" | "context" | "limit" | "open" | "close" | "setInstructions"
> {
  app: O.App;
  context: O.EditorSuggestContext | null = null;
  limit = 100;
  scope: O.Scope | null = null;
  private el: HTMLElement | null = null;
  private items: T[] = [];
  private selected = 0;

  constructor(app: O.App) {
    this.app = app;
  }

  abstract onTrigger(cursor: O.EditorPosition, editor: O.Editor, file: O.TFile | null): O.EditorSuggestTriggerInfo | null;
  abstract getSuggestions(context: O.EditorSuggestContext): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

  setInstructions(_instructions: O.Instruction[]): void {
    // The stand-in shows no instructions.
  }

  open(): void {
    // Opened by `show`, once there are items.
  }

  close(): void {
    this.el?.detach();
    this.el = null;
    this.context = null;
  }

  get isOpen(): boolean {
    return this.el !== null;
  }

  async trigger(editor: Editor, file: O.TFile | null): Promise<boolean> {
    const info = this.onTrigger(editor.getCursor(), editor as unknown as O.Editor, file);
    if (info === null) {
      this.close();
      return false;
    }
    const context: O.EditorSuggestContext = { ...info, editor: editor as unknown as O.Editor, file: file as O.TFile };
    this.context = context;
    const items = (await this.getSuggestions(context)).slice(0, this.limit);
    if (this.context !== context) return true;
    if (items.length === 0) {
      this.close();
      return false;
    }
    this.show(items, editor);
    return true;
  }

  private show(items: T[], editor: Editor): void {
    this.items = items;
    this.selected = 0;
    this.el?.detach();
    const container = document.body.createDiv("suggestion-container");
    const list = container.createDiv("suggestion");
    items.forEach((item, i) => {
      const el = list.createDiv({ cls: ["suggestion-item", "mod-complex"] });
      el.toggleClass("is-selected", i === 0);
      this.renderSuggestion(item, el);
      el.addEventListener("mousedown", (evt) => {
        evt.preventDefault();
        this.pick(i, evt);
      });
    });
    const coords = editor.cm.coordsAtPos(editor.cm.state.selection.main.head);
    if (coords !== null) container.setCssProps({ left: `${coords.left}px`, top: `${coords.bottom + 4}px` });
    this.el = container;
  }

  move(by: number): void {
    if (this.el === null || this.items.length === 0) return;
    this.selected = (this.selected + by + this.items.length) % this.items.length;
    this.el.querySelectorAll(".suggestion-item").forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
  }

  pick(index = this.selected, evt: MouseEvent | KeyboardEvent = new KeyboardEvent("keydown", { key: "Enter" })): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.selectSuggestion(item, evt);
  }
}

function openSuggest(): EditorSuggest<unknown> | undefined {
  return suggests.find((s) => s.isOpen);
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
  for (const s of suggests) {
    if (shown) s.close();
    else shown = await s.trigger(editor, file);
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
            pluginCompartment.of([...extensions]),
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
  suggests.forEach((s) => s.close());
  editor.cm.destroy();
}

/**
 * Reading view: the note's blocks (frontmatter left out, as Obsidian shows it as properties), each
 * in its own section element: headings, lists (`ul > li`, `#tags` as `a.tag`), paragraphs. Then
 * every post-processor runs on each section, with `getSectionInfo` and `addChild`.
 */
export function renderReading(container: HTMLElement, text: string, sourcePath: string, owner: Component): void {
  container.empty();
  const lines = text.split("\n");
  let start = 0;
  if ((lines[0] ?? "").trimEnd() === "---") {
    const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === "---" || l.trimEnd() === "..."));
    if (close > 0) start = close + 1;
  }
  const sizer = container.createDiv("markdown-preview-sizer markdown-preview-section");
  const sections: Array<{ el: HTMLElement; lineStart: number; lineEnd: number }> = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
      continue;
    }
    const el = sizer.createDiv();
    const lineStart = i;
    if (/^#{1,6}\s/.test(line)) {
      const level = (/^#+/.exec(line)?.[0] ?? "#").length;
      inline(el.createEl(`h${Math.min(level, 6)}` as "h1"), line.replace(/^#+\s+/, ""));
      i++;
    } else if (/^\s*[-*+]\s/.test(line)) {
      const ul = el.createEl("ul");
      while (i < lines.length && /^\s*[-*+]\s/.test(lines[i] ?? ""))
        inline(ul.createEl("li"), (lines[i++] ?? "").replace(/^\s*[-*+]\s+/, ""));
    } else {
      const p = el.createEl("p");
      while (i < lines.length && (lines[i] ?? "").trim() !== "" && !/^(#{1,6}\s|\s*[-*+]\s)/.test(lines[i] ?? ""))
        inline(p, `${lines[i++] ?? ""} `);
    }
    sections.push({ el, lineStart, lineEnd: i - 1 });
  }
  for (const section of sections) {
    const ctx: O.MarkdownPostProcessorContext = {
      docId: sourcePath,
      sourcePath,
      frontmatter: undefined,
      addChild: (child) => owner.addChild(child),
      getSectionInfo: (el) => {
        const found = sections.find((s) => s.el === el);
        return found === undefined ? null : { text, lineStart: found.lineStart, lineEnd: found.lineEnd };
      },
    };
    for (const processor of postProcessors) void processor(section.el, ctx);
  }
}

/**
 * `MarkdownRenderer.render`: the blocks as reading view draws them (post-processors included),
 * into `el`, children of `component`.
 */
export class MarkdownRenderer {
  static render(_app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    renderReading(el, markdown, sourcePath, component);
    return Promise.resolve();
  }
}

/** Text with `#tags` as Obsidian's tag links; everything else as text. */
function inline(el: HTMLElement, text: string): void {
  let last = 0;
  for (const m of text.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)) {
    const at = (m.index ?? 0) + (m[1] ?? "").length;
    el.appendText(text.slice(last, at));
    el.createEl("a", { cls: "tag", text: m[2] ?? "", href: m[2] ?? "" });
    last = at + (m[2] ?? "").length;
  }
  el.appendText(text.slice(last));
}
