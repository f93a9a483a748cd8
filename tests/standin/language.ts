/**
 * The small additions Obsidian makes to the language's own objects (`Array.prototype.contains`,
 * `Math.clamp`, …), which plugin code may call.
 */

function define<T extends object>(proto: T, members: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

/** The small additions Obsidian makes to Array, String, Math, Object, Number. */
export function installLanguageHelpers(win: Window & typeof globalThis): void {
  define(win.Array.prototype, {
    first<T>(this: T[]) {
      return this[0];
    },
    last<T>(this: T[]) {
      return this[this.length - 1];
    },
    contains<T>(this: T[], target: T) {
      return this.includes(target);
    },
    remove<T>(this: T[], target: T) {
      const i = this.indexOf(target);
      if (i >= 0) this.splice(i, 1);
    },
    shuffle<T>(this: T[]) {
      for (let i = this.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [this[i], this[j]] = [this[j] as T, this[i] as T];
      }
      return this;
    },
    unique<T>(this: T[]) {
      return [...new Set(this)];
    },
  });
  define(win.Array, { combine: <T>(arrays: T[][]) => ([] as T[]).concat(...arrays) });
  define(win.String.prototype, {
    contains(this: string, target: string) {
      return this.includes(target);
    },
    format(this: string, ...args: string[]) {
      return this.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
    },
  });
  define(win.String, { isString: (obj: unknown) => typeof obj === "string" });
  define(win.Number, { isNumber: (obj: unknown) => typeof obj === "number" });
  define(win.Math, {
    clamp: (value: number, min: number, max: number) => Math.min(Math.max(value, min), max),
    square: (value: number) => value * value,
  });
  define(win.Object, {
    isEmpty: (object: Record<string, unknown>) => Object.keys(object).length === 0,
    each: <T>(object: { [key: string]: T }, callback: (value: T, key?: string) => boolean | void) => {
      for (const [k, v] of Object.entries(object)) if (callback(v, k) === false) return false;
      return true;
    },
  });
}
