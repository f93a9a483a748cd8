/**
 * Obsidian catches an error thrown by an event handler and logs it, and so does the stand-in: a
 * test whose code threw in a handler fails here instead of passing with a line on the console.
 */
import { afterEach } from "vitest";
import { handlerErrors } from "./standin/events";
import { useYamlPackage } from "../src/cli/yaml-parser";

// The core reads frontmatter with the parser its host gives: in tests, the `yaml` package.
useYamlPackage();

afterEach(() => {
  const errors = handlerErrors.splice(0);
  if (errors.length > 0) throw new Error(`an event handler threw:\n${errors.join("\n")}`);
});
