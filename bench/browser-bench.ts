/**
 * The due panel in real Chromium: first paint and DOM size with the whole vault indexed.
 * Filled in once the end-to-end harness (tests/e2e/) can host the built plugin.
 */
export interface BrowserFigures {
  firstPaintMs: number;
  domNodes: number;
}

export function benchBrowser(vault: string, today: string): Promise<BrowserFigures | { reason: string }> {
  void vault;
  void today;
  return Promise.resolve({ reason: "the end-to-end harness (tests/e2e/) that hosts the panel in Chromium has not landed yet" });
}
