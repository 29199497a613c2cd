/**
 * Turn the bytes of a CSV export into text. Offices export UTF-8 (with or without BOM) or, from
 * older Excel on Windows, Windows-1252. Strict UTF-8 is tried first; bytes that are not valid
 * UTF-8 are read as Windows-1252 (which accepts every byte).
 */

/**
 * Code points of Windows-1252 bytes 0x80-0x9F (WHATWG encoding standard, index-windows-1252);
 * the five unassigned bytes map to the C1 control with the same number, as WHATWG does.
 * Decoded by hand because Node 20's TextDecoder('windows-1252') yields C1 controls for this range
 * (it decodes as ISO-8859-1), which would turn 0x96 into U+0096 instead of '–'.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/**
 * Decode file bytes. Returns the text (BOM removed) and which encoding was used, so the report can
 * say "dibaca sebagai Windows-1252". Works in the browser and in Node.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
