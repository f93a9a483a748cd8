/**
 * Reading view and `MarkdownRenderer`: a plain rendering of a note's blocks, then the markdown
 * post-processors the app's plugins registered, run over each block as Obsidian runs them.
 */
import type * as O from "obsidian";
import type { Component } from "./events";

/** Where the app keeps the plugins' post-processors (the stand-in's `App`). */
interface WithPostProcessors {
  postProcessors: readonly O.MarkdownPostProcessor[];
}

/**
 * Reading view: the note's blocks (frontmatter left out, as Obsidian shows it as properties), each
 * in its own section element: headings, lists (`ul > li`, `#tags` as `a.tag`), paragraphs. Then
 * every post-processor runs on each section, with `getSectionInfo` and `addChild`.
 */
export function renderReading(
  container: HTMLElement,
  text: string,
  sourcePath: string,
  owner: Component,
  postProcessors: readonly O.MarkdownPostProcessor[],
): void {
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
  static render(app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    renderReading(el, markdown, sourcePath, component, (app as unknown as WithPostProcessors).postProcessors);
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
