/**
 * Which headings name the interaction log. The setting holds several names, comma-separated
 * ("Log, Interaction log, Contact log"), and a heading matches one ignoring case, a leading emoji
 * or symbol, a closing `#` sequence and a trailing colon: `## 📝 Interaction Log:` is a log.
 */

/** The names a log heading setting holds, each trimmed and without leading `#`, in order. */
export function logHeadingNames(setting: string): string[] {
  const names: string[] = [];
  for (const part of setting.split(",")) {
    const name = part
      .trim()
      .replace(/^#+\s*/, "")
      .trim();
    if (name !== "" && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

/** The heading the plugin writes when a note has no log yet: the setting's first name. */
export function logHeadingToWrite(setting: string): string {
  return logHeadingNames(setting)[0] ?? "Log";
}

/** A heading's text reduced to what is compared: no closing hashes, leading symbols or trailing colon; lower case. */
export function headingKey(text: string): string {
  return text
    .replace(/[ \t]+#+[ \t]*$/, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[\s:]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Decides whether a heading's text names the log; one per settings value. */
export type LogHeadingTest = (text: string) => boolean;

const MEMO_LIMIT = 2048;
const matchers = new Map<string, LogHeadingTest>();

/**
 * The test for one setting. A vault repeats a few heading texts across thousands of notes, so
 * each distinct text is reduced once (the memo is bounded, and cleared when full).
 */
export function logHeadingTest(setting: string): LogHeadingTest {
  const known = matchers.get(setting);
  if (known !== undefined) return known;
  const wanted = new Set(logHeadingNames(setting).map(headingKey));
  const keys = [...wanted];
  const memo = new Map<string, boolean>();
  const test: LogHeadingTest = (text) => {
    // Words of ASCII letters and digits (a person's name, "Log"): their key is the text in lower
    // case, compared in place. Such headings are often one of a kind and would crowd the memo.
    const plain = plainMatch(text, keys);
    if (plain !== null) return plain;
    const seen = memo.get(text);
    if (seen !== undefined) return seen;
    const result = wanted.has(headingKey(text));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
    return result;
  };
  if (matchers.size >= 16) matchers.clear();
  matchers.set(setting, test);
  return test;
}

/**
 * For a text of ASCII letters and digits in words one space apart, whether it is one of `keys`
 * (ignoring case); `null` for any other text.
 */
function plainMatch(text: string, keys: readonly string[]): boolean | null {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && (c !== 32 || i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32)) return null;
  }
  if (n === 0) return null;
  for (const key of keys) {
    if (key.length !== n) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) {
      const c = text.charCodeAt(i);
      same = (c >= 65 && c <= 90 ? c + 32 : c) === key.charCodeAt(i);
    }
    if (same) return true;
  }
  return false;
}
