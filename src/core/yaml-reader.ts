/**
 * The YAML parser the core reads frontmatter with, given by the host: Obsidian's own `parseYaml`
 * in the plugin (so the plugin agrees with the metadata cache and ships no parser of its own), the
 * `yaml` package on the command line and in tests. The core cannot import either itself: it must
 * not import `obsidian`, and the plugin must not bundle `yaml`.
 *
 * A parser returns the document's data (`null` or `undefined` for an empty one) and throws when
 * the text is not valid YAML.
 */
export type YamlParse = (yaml: string) => unknown;

let current: YamlParse | null = null;

/** Sets the parser; the plugin does this first thing in `onload`, the command line before it runs. */
export function setYamlParser(parse: YamlParse): void {
  current = parse;
}

/** The host's parser. Reading a note before one is set is a mistake in the wiring, said loudly. */
export function yamlParser(): YamlParse {
  if (current === null) throw new Error("no YAML parser was set (setYamlParser) before reading a note");
  return current;
}
