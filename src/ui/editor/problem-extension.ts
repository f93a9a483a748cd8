/**
 * A contact note's problems where they are: a CodeMirror extension that underlines the value a
 * problem is about and writes its message at the end of the line. It reads the editor's text
 * (debounced while typing), so a fix shows at once, before the note is saved.
 */
import { StateEffect, type Extension, type Range } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { editorInfoField } from "obsidian";
import type { Problem } from "../../core/contact";
import { problemMarks, type ProblemMark } from "./problem-marks";

export interface ProblemHost {
  /** Whether the note is a contact, by the index's membership. */
  isContact(path: string): boolean;
  /** The contact note's problems from its text, each with a line. */
  problemsOf(path: string, text: string): readonly Problem[];
  /** Called when the index changes (a note became or stopped being a contact, settings changed). */
  onChange(listener: () => void): () => void;
}

const refresh = StateEffect.define<null>();

class ProblemWidget extends WidgetType {
  constructor(private readonly messages: readonly string[]) {
    super();
  }

  override eq(other: ProblemWidget): boolean {
    return other.messages.join("\n") === this.messages.join("\n");
  }

  toDOM(): HTMLElement {
    const el = createSpan({ cls: "cc-line-problem-note", text: this.messages.join(" · ") });
    el.setAttr("aria-label", this.messages.join("\n"));
    return el;
  }
}

function decorationsFor(marks: readonly ProblemMark[], view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const { doc } = view.state;
  for (const mark of marks) {
    if (mark.line + 1 > doc.lines) continue;
    const line = doc.line(mark.line + 1);
    const title = mark.messages.join("\n");
    if (mark.to > mark.from && mark.to <= line.to)
      ranges.push(Decoration.mark({ class: "cc-line-problem", attributes: { title } }).range(mark.from, mark.to));
    ranges.push(Decoration.widget({ widget: new ProblemWidget(mark.messages), side: 1 }).range(line.to));
  }
  return Decoration.set(ranges, true);
}

/** The extension, to give to `registerEditorExtension`; `delay` is how long typing must pause. */
export function problemExtension(host: ProblemHost, delay = 300): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet = Decoration.none;
      private next: DecorationSet = Decoration.none;
      private timer: number | null = null;
      private readonly unsubscribe: () => void;

      constructor(private readonly view: EditorView) {
        this.decorations = this.compute();
        this.unsubscribe = host.onChange(() => this.schedule());
      }

      update(update: ViewUpdate): void {
        if (update.transactions.some((tr) => tr.effects.some((e) => e.is(refresh)))) this.decorations = this.next;
        else if (update.docChanged) {
          // Until the pause, the marks move with the text they sit on.
          this.decorations = this.decorations.map(update.changes);
          this.schedule();
        }
      }

      destroy(): void {
        if (this.timer !== null) window.clearTimeout(this.timer);
        this.unsubscribe();
      }

      private schedule(): void {
        if (this.timer !== null) window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => {
          this.timer = null;
          this.next = this.compute();
          this.view.dispatch({ effects: refresh.of(null) });
        }, delay);
      }

      private compute(): DecorationSet {
        const path = this.view.state.field(editorInfoField, false)?.file?.path;
        if (path === undefined || !host.isContact(path)) return Decoration.none;
        const text = this.view.state.doc.toString();
        const problems = host.problemsOf(path, text);
        return problems.length === 0 ? Decoration.none : decorationsFor(problemMarks(text, problems), this.view);
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
