/**
 * Bytes to text in a named charset. Windows-1252 (which browsers also use for "ISO-8859-1", as
 * the WHATWG encoding standard says) is decoded here, since Node's TextDecoder reads its 0x80–0x9F
 * range as control characters: curly quotes, dashes and the euro sign would be lost.
 */

/** Windows-1252's characters for 0x80–0x9F (the five undefined bytes keep their code). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const SINGLE_BYTE = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
  "ansi_x3.4-1968",
]);

function decodeCp1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? "") : String.fromCharCode(b);
  return out;
}

/** Decodes `bytes` in `charset` (UTF-8 when unnamed or unknown). */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? "utf-8").trim().toLowerCase();
  if (SINGLE_BYTE.has(name)) return decodeCp1252(bytes);
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
