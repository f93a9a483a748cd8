/**
 * Whether a note's text, as the app decoded it, can be written back without losing bytes.
 * Obsidian decodes every note as UTF-8 and puts U+FFFD where bytes are not UTF-8; writing that
 * text back would replace the original bytes for good. Without the raw bytes, a replacement
 * character (or a NUL, which no text note holds) is taken as the sign: when in doubt, do not write.
 */

/** Why the text must not be written back, or `null` when it is plain text. */
export function undecodableTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "not UTF-8 text (it holds NUL bytes, as binary files do), so it is never written";
  if (text.includes("\uFFFD"))
    return "not UTF-8 text, or it holds a replacement character (\u201c\uFFFD\u201d), so it is never written; save it as UTF-8 and remove that character";
  return null;
}
