/**
 * Small validators for the settings: each takes an unknown value and either gives it back
 * normalised or says, in the plugin's own words, what was expected and where. They replace a
 * schema library whose code cost a tenth of the plugin's bundle for a dozen fields.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; path: (string | number)[] };

export type Check<T> = (value: unknown) => Checked<T>;

function failure<T>(message: string, path: (string | number)[] = []): Checked<T> {
  return { ok: false, message, path };
}

/** A string, as it is. */
export function text(expected: string): Check<string> {
  return (value) => (typeof value === "string" ? { ok: true, value } : failure(`expected ${expected}`));
}

/** A finite number (`NaN` and infinities are not numbers a setting can hold). */
export function finite(expected: string): Check<number> {
  return (value) => (typeof value === "number" && Number.isFinite(value) ? { ok: true, value } : failure(expected));
}

/** A safe whole number. */
export function whole(expected: string): Check<number> {
  return (value) => (typeof value === "number" && Number.isSafeInteger(value) ? { ok: true, value } : failure(expected));
}

export function flag(expected: string): Check<boolean> {
  return (value) => (typeof value === "boolean" ? { ok: true, value } : failure(expected));
}

/** Runs `check`, then turns its value with `change` (not named `then`: a module exporting `then` is a thenable to `await import`). */
export function andThen<A, B>(check: Check<A>, change: (value: A) => B): Check<B> {
  return (value) => {
    const first = check(value);
    return first.ok ? { ok: true, value: change(first.value) } : first;
  };
}

/** Runs `check`, then refuses a value that fails `test`, with `message`. */
export function must<T>(check: Check<T>, test: (value: T) => boolean, message: string): Check<T> {
  return (value) => {
    const first = check(value);
    return !first.ok || test(first.value) ? first : failure(message);
  };
}

/** A list whose every item passes `item`; the first that fails is reported with its index. */
export function list<T>(item: Check<T>, expected: string): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return failure(expected);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const one = item(value[i]);
      if (!one.ok) return failure(one.message, [i, ...one.path]);
      out.push(one.value);
    }
    return { ok: true, value: out };
  };
}

/** Each item of an already checked list passes `item` (for checks after a list was normalised). */
export function each<T>(check: Check<T[]>, item: (value: T) => boolean, message: string): Check<T[]> {
  return (value) => {
    const first = check(value);
    if (!first.ok) return first;
    const bad = first.value.findIndex((v) => !item(v));
    return bad === -1 ? first : failure(message, [bad]);
  };
}

/** A plain object with the given fields (others dropped); the first field that fails is reported. */
export function record<T extends object>(fields: { [K in keyof T]: Check<T[K]> }, expected: string): Check<T> {
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return failure(expected);
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const one = fields[key](source[key]);
      if (!one.ok) return failure(one.message, [key, ...one.path]);
      out[key] = one.value;
    }
    return { ok: true, value: out as T };
  };
}

/** `fallback()` when the value is missing (`undefined`), else `check`. */
export function optional<T>(check: Check<T>, fallback: () => T): Check<T> {
  return (value) => (value === undefined ? { ok: true, value: fallback() } : check(value));
}
