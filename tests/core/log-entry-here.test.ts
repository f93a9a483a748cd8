import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { newEntryInsertion } from "../../src/core/log-entry-here";
import { splitLines } from "../../src/core/log";

function apply(text: string, heading = "Log"): { text: string; cursorLine: string; cursorCh: number } {
  const r = newEntryInsertion(text, { heading, date: isoDate("2026-12-04") });
  if (!r.ok) throw new Error(r.error);
  const { at, insert, cursor } = r.insertion;
  const edited = text.slice(0, at) + insert + text.slice(at);
  return { text: edited, cursorLine: splitLines(edited)[cursor.line] ?? "", cursorCh: cursor.ch };
}

describe("newEntryInsertion", () => {
  it("inserts one dated entry after the log's last line, and puts the cursor after the date", () => {
    const note = "---\ntier: B\n---\n## Log\n- 2026-12-04 call\n\n## Notes\ntext\n";
    const r = apply(note);
    expect(r.text).toBe("---\ntier: B\n---\n## Log\n- 2026-12-04 call\n- 2026-12-04\n\n## Notes\ntext\n");
    expect(r.cursorLine).toBe("- 2026-12-04");
    expect(r.cursorCh).toBe(12);
  });

  it("creates the heading at the end of a note without one, keeping CRLF and a missing final newline", () => {
    expect(apply("# Ann\r\nprose").text).toBe("# Ann\r\nprose\r\n\r\n## Log\r\n- 2026-12-04");
    const r = apply("# Ann\n", "Interactions");
    expect(r.text).toBe("# Ann\n\n## Interactions\n- 2026-12-04\n");
    expect(r.cursorLine).toBe("- 2026-12-04");
  });

  it("refuses a note whose frontmatter cannot be read, saying why", () => {
    const r = newEntryInsertion("---\ntier: [B\n---\n## Log\n", { heading: "Log", date: isoDate("2026-12-04") });
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error).toMatch(/not valid YAML/);
  });
});
