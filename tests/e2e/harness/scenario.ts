/**
 * What a scenario file exports, and the small helpers scenarios share: sessions that close
 * themselves, assertions that wait for the UI to catch up (the plugin re-renders after a
 * debounce), and byte-level comparisons of notes.
 */
import { AssertionError } from "node:assert";
import { Session, type Env, type SessionOptions } from "./session";

export interface Scenario {
  name: string;
  run(t: ScenarioContext): Promise<void>;
}

export class ScenarioContext {
  readonly sessions: Session[] = [];

  constructor(readonly env: Env) {}

  async open(options?: SessionOptions): Promise<Session> {
    const session = await Session.open(this.env, options);
    this.sessions.push(session);
    return session;
  }
}

/**
 * Retries `check` until it stops throwing, then returns its result; after `timeoutMs` rethrows its
 * last error. For state that arrives asynchronously (a re-render, a write) — not a timing test:
 * the timeout only bounds how long a failure takes to report.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Asserts that `after` is `before` with exactly the given edits: each replaces one byte range of
 * `before`. Every other byte must be identical, which is what "only the changed value and the
 * inserted line differ" means. Edits are given as `[from, to, insert]` over `before`'s text.
 */
export function assertOnlyEdits(before: Buffer, after: Buffer, edits: [from: string | RegExp, to: string][], message: string): void {
  let expected = before.toString("utf8");
  for (const [from, to] of edits) {
    const next = expected.replace(from, to);
    if (next === expected)
      throw new AssertionError({
        message: `${message}: the edit ${String(from)} does not apply to the note`,
        actual: expected,
        expected: from,
      });
    expected = next;
  }
  const actual = after.toString("utf8");
  if (actual !== expected || !Buffer.from(expected, "utf8").equals(after)) {
    throw new AssertionError({
      message: `${message}: the note differs from the original plus the expected edits`,
      actual: JSON.stringify(actual),
      expected: JSON.stringify(expected),
      operator: "strictEqual",
    });
  }
}
