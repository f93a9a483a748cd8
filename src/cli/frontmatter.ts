/**
 * Frontmatter on Node, through gray-matter, hardened.
 *
 * gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default, parses YAML
 * with js-yaml (which turns `2026-11-26` into a Date), and returns shared cached objects when it
 * is called without options. So: every engine it ships besides YAML is replaced by one that
 * refuses, YAML is read by the core's `parseFrontmatterYaml` (the `yaml` package, dates stay
 * strings), and each call gets its own options object.
 *
 * The block is located first with the core's rule (a plain `---` first line, closed by the next
 * `---` or `...` line), so the CLI and the plugin agree on what is frontmatter; gray-matter gets
 * only that block, which also spares it copying whole notes into Buffers.
 */
import matter from "gray-matter";
import { locateFrontmatter } from "../core/frontmatter-block";
import { parseFrontmatterYaml } from "../core/note";

export interface Frontmatter {
  /** The frontmatter as plain data; `{}` when there is none or it could not be read. */
  data: Record<string, unknown>;
  /** Why the frontmatter could not be read; the note is then never written to. */
  error?: string;
  /** Offset in the text where the body (everything after the block) starts. */
  bodyStart: number;
}

/** Thrown by the engines below; its message becomes the note's frontmatter problem. */
class FrontmatterRefusal extends Error {}

function languageMessage(language: string): string {
  return `frontmatter opened with "---${language}" is never run or read (only YAML between plain --- lines is)`;
}

/** Stands in for gray-matter's `eval`-based engines: whatever the block holds, nothing runs. */
function refuse(language: string): { parse: (input: string) => object } {
  return {
    parse: () => {
      throw new FrontmatterRefusal(languageMessage(language));
    },
  };
}

const yamlEngine = {
  parse: (input: string): object => {
    const result = parseFrontmatterYaml(input);
    if (result.frontmatterError !== undefined) throw new FrontmatterRefusal(result.frontmatterError);
    return result.frontmatter;
  },
};

/**
 * The options of every call, made once. gray-matter caches and shares its results only when it is
 * called without options, and copies what it is given before use (frozen, so a change would throw).
 */
const GRAY_MATTER_OPTIONS = Object.freeze({
  // Close only on a whole `---` line, so a `----` line inside the block does not end it early.
  delimiters: Object.freeze(["---", "---\n"]) as unknown as [string, string],
  excerpt: false,
  engines: Object.freeze({
    yaml: yamlEngine,
    yml: yamlEngine,
    js: refuse("js"),
    javascript: refuse("javascript"),
    json: refuse("json"),
    coffee: refuse("coffee"),
    coffeescript: refuse("coffeescript"),
    cson: refuse("cson"),
    toml: refuse("toml"),
  }),
});

/**
 * A plain `---` block, read as gray-matter would read it but without its copies of the text (most
 * of a big vault's frontmatter cost besides the YAML): the same text, a newline then the lines, goes
 * to the same engine, and a block of only comments and blanks is empty without being parsed.
 */
function plainBlock(lines: readonly string[], bodyStart: number): Frontmatter {
  const matterText = `\n${lines.join("\n")}`;
  if (matterText.replace(/^\s*#[^\n]+/gm, "").trim() === "") return { data: {}, bodyStart };
  const result = parseFrontmatterYaml(matterText);
  if (result.frontmatterError !== undefined) return { data: {}, error: result.frontmatterError, bodyStart };
  return { data: result.frontmatter, bodyStart };
}

/** Reads a note's frontmatter. Never throws and never runs code from the note. */
export function readFrontmatter(text: string): Frontmatter {
  const block = locateFrontmatter(text);
  if (block === null) return { data: {}, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  if (block.language === "") return plainBlock(block.lines, block.bodyStart);
  const input = `---${block.language}\n${block.lines.join("\n")}\n---\n`;
  let data: Record<string, unknown>;
  try {
    data = matter(input, GRAY_MATTER_OPTIONS).data;
  } catch (error) {
    // Our engines refuse with a FrontmatterRefusal; gray-matter throws for a language it has no engine for.
    const message =
      block.language !== ""
        ? languageMessage(block.language)
        : error instanceof FrontmatterRefusal
          ? error.message
          : `frontmatter could not be read (${String(error)})`;
    return { data: {}, error: message, bodyStart: block.bodyStart };
  }
  if (block.language !== "") {
    // Only a plain `---` block is frontmatter to Obsidian and the core: a `---yaml` block would be
    // read here but seen as body text by the plugin's editor, so it is a problem, not data.
    return { data: {}, error: languageMessage(block.language), bodyStart: block.bodyStart };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { data: {}, error: "frontmatter is not a list of key: value pairs", bodyStart: block.bodyStart };
  }
  return { data, bodyStart: block.bodyStart };
}
