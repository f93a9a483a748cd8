/**
 * The `yaml` package as the core's YAML parser outside Obsidian (the command line, tests, the
 * bench): YAML 1.2's core schema, so dates stay strings as in Obsidian's metadata cache, and a
 * repeated key is an error. The plugin gives Obsidian's own `parseYaml` instead and bundles none.
 */
import { parse } from "yaml";
import { setYamlParser, type YamlParse } from "../core/yaml-reader";
import { parseSimpleYaml } from "./simple-yaml";

export const parseYamlPackage: YamlParse = (yaml) => parse(yaml, { schema: "core", uniqueKeys: true, prettyErrors: false });

/** Makes the `yaml` package the core's parser. */
export function useYamlPackage(): void {
  setYamlParser(parseYamlPackage);
}

/** The plainest frontmatter read by a fast reader, the rest by the `yaml` package: same results. */
export const parseYamlFast: YamlParse = (yaml) => parseSimpleYaml(yaml) ?? parseYamlPackage(yaml);

/** The command line's parser: the fast reader, falling back to the `yaml` package. */
export function useFastYaml(): void {
  setYamlParser(parseYamlFast);
}
