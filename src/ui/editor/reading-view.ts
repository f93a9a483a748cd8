/**
 * Reading view of a contact note: its problems at the top (kept current as the index changes),
 * and, when the setting is on, each log entry's type and reciprocity tags styled as chips. Only
 * the rendered page changes (classes and a span around the type word); the note never does.
 */
import { MarkdownRenderChild, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from "obsidian";
import type { Problem } from "../../core/contact";
import { findLogSection, frontmatterLineCount, parseLogLine, splitLines } from "../../core/log";
import { RECIPROCITY_TAGS } from "../../core/reciprocity";
import type { Settings } from "../../core/settings";

export interface ReadingHost {
  isContact(path: string): boolean;
  /** The note's problems as the index has them (the saved note). */
  problems(path: string): readonly Problem[];
  onChange(listener: () => void): () => void;
  settings(): Settings;
}

const RECIPROCITY = new Set<string>(RECIPROCITY_TAGS.map((t) => `#${t}`));

export function readingViewProcessor(host: ReadingHost): MarkdownPostProcessor {
  return (el, ctx) => {
    if (!host.isContact(ctx.sourcePath)) return;
    const info = ctx.getSectionInfo(el);
    if (info === null) return;
    const lines = splitLines(info.text);
    if (isFirstSection(lines, info.lineStart, info.lineEnd)) addProblemBanner(el, ctx, host);
    const settings = host.settings();
    if (!settings.logChips) return;
    const log = findLogSection(lines, settings.logHeading);
    if (log !== null && info.lineStart > log.headingLine && info.lineStart < log.end) chipEntries(el, settings.interactionTypes);
  };
}

/** The section that holds the note's first line after the frontmatter (or the frontmatter, in an empty note). */
function isFirstSection(lines: readonly string[], start: number, end: number): boolean {
  const fm = frontmatterLineCount(lines);
  let first = fm;
  while (first < lines.length && (lines[first] ?? "").trim() === "") first++;
  if (first >= lines.length) return start === 0;
  return start <= first && first <= end;
}

function addProblemBanner(el: HTMLElement, ctx: MarkdownPostProcessorContext, host: ReadingHost): void {
  const banner = createDiv({ cls: "cc-note-problems" });
  el.prepend(banner);
  const child = new MarkdownRenderChild(banner);
  const draw = (): void => {
    const problems = host.problems(ctx.sourcePath);
    banner.empty();
    banner.toggleClass("cc-is-hidden", problems.length === 0);
    if (problems.length === 0) return;
    banner.createDiv({
      cls: "cc-note-problems-title",
      text: problems.length === 1 ? "Contact Cadence could not read a value" : `Contact Cadence could not read ${problems.length} values`,
    });
    const list = banner.createEl("ul");
    for (const p of problems) list.createEl("li", { text: p.message });
  };
  child.register(host.onChange(draw));
  draw();
  ctx.addChild(child);
}

/** Wraps each entry's type word in a chip and marks its reciprocity tags. */
function chipEntries(el: HTMLElement, types: readonly string[]): void {
  for (const li of Array.from(el.querySelectorAll("li"))) {
    const own = ownTextNodes(li);
    const text = own.map((n) => n.data).join("");
    const entry = parseLogLine(`- ${text.trim()}`, types);
    if (entry === null) continue;
    if (entry.type !== null) wrapType(own, text, entry.date, entry.type);
    for (const tag of Array.from(li.querySelectorAll("a.tag"))) {
      if (tag.closest("li") !== li) continue;
      const name = (tag.textContent ?? "").toLowerCase();
      if (RECIPROCITY.has(name)) tag.addClasses(["cc-chip", `cc-chip-${name.slice(1)}`]);
    }
  }
}

/** The item's own text, in order, leaving out nested lists. */
function ownTextNodes(li: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.instanceOf(Text)) nodes.push(child);
      else if (child.instanceOf(HTMLElement) && child.tagName !== "UL" && child.tagName !== "OL") walk(child);
    }
  };
  walk(li);
  return nodes;
}

function wrapType(nodes: readonly Text[], text: string, date: string, type: string): void {
  const after = text.indexOf(date);
  const at = text.toLowerCase().indexOf(type, after < 0 ? 0 : after + date.length);
  if (at < 0) return;
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at + type.length <= end) {
      const word = node.splitText(at - offset);
      word.splitText(type.length);
      const chip = createSpan({ cls: ["cc-chip", "cc-chip-type"], text: word.data });
      word.replaceWith(chip);
      return;
    }
    offset = end;
  }
}
