/** Counting words, the one way the panel, the modals and the CLI say "1 day" and "3 touches". */

/** "1 day", "3 days"; `plural` for words that do not just take an s ("touch", "touches"). */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}
