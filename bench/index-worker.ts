/**
 * The contact index's figures for one vault, in a process of its own (run with --expose-gc).
 * Filled in once src/obsidian/contact-index.ts lands.
 */
export interface IndexFigures {
  contacts: number;
  indexBuildMs: number;
  noteUpdateMs: number;
  scheduleMs: number;
  indexHeapMB: number;
}

console.error("the contact index (src/obsidian/contact-index.ts) has not landed yet");
process.exit(3);
