/**
 * Obsidian's small DOM-free exports: the platform flags, `debounce`, the API version check, YAML
 * and link text helpers.
 */
import type * as O from "obsidian";
import { parse as yamlParse, stringify as yamlStringify } from "yaml";

/** Desktop Linux unless a test or session sets otherwise (the object is shared, as in Obsidian). */
export const Platform: typeof O.Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

/** The API version the stand-in follows: the `obsidian` package it is typed against. */
export const apiVersion = "1.8.7";

export function requireApiVersion(version: string): boolean {
  const want = version.split(".").map(Number);
  const have = apiVersion.split(".").map(Number);
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    const d = (have[i] ?? 0) - (want[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Obsidian's debounce: runs `cb` `timeout` ms after the first (or, with `resetTimer`, the last) call. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: [...T] | null = null;
  const run = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (lastArgs === null) return undefined;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(run, timeout);
    return debounced;
  }) as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}

/** YAML as Obsidian's frontmatter reads it: the core schema, so dates stay strings. */
export function parseYaml(yaml: string): unknown {
  return yamlParse(yaml, { schema: "core" });
}

export function stringifyYaml(obj: unknown): string {
  return yamlStringify(obj);
}

export function getLinkpath(linktext: string): string {
  return linktext.replace(/[#|].*$/, "");
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf("#");
  return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}
