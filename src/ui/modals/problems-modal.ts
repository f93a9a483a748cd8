/** Every problem the index found, by file; choosing one opens the note so it can be fixed. */
import { App } from "obsidian";
import { ContentModal } from "./modal-helpers";
import type { PluginContext } from "../../ports";
import { problemText } from "../panel/list-model";
import { count } from "../../core/words";

/** Enough to scroll through; beyond it the CLI's `check` lists them all. */
const MAX_SHOWN = 500;

export class ProblemsModal extends ContentModal {
  constructor(
    app: App,
    private readonly host: PluginContext,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Contact problems");
    contentEl.addClass("cc-problems-modal");
    const problems = [...this.host.index.problems(this.host.today())].sort(
      (a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message),
    );
    if (problems.length === 0) {
      contentEl.createEl("p", { cls: "cc-problems-empty", text: "No problems: every contact note reads cleanly." });
      return;
    }
    const files = new Set(problems.map((p) => p.path)).size;
    contentEl.createEl("p", {
      cls: "cc-problems-summary",
      text: `${count(problems.length, "problem")} in ${count(files, "note")}. Choose one to open the note.`,
    });
    const list = contentEl.createEl("ul", { cls: "cc-problem-list" });
    for (const p of problems.slice(0, MAX_SHOWN)) {
      const item = list.createEl("li", { cls: "cc-problem", attr: { "data-path": p.path, "data-field": p.field } });
      const open = item.createEl("button", { cls: "cc-problem-file", text: p.path });
      open.addEventListener("click", () => {
        this.close();
        void this.host.actions.openNote(p.path);
      });
      item.createDiv({ cls: "cc-problem-message", text: problemText(p) });
    }
    if (problems.length > MAX_SHOWN) {
      contentEl.createEl("p", {
        cls: "cc-problems-more",
        text: `…and ${problems.length - MAX_SHOWN} more. The command line's check lists them all.`,
      });
    }
  }
}
