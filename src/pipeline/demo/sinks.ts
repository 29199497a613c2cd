import { open, writeFile, type FileHandle } from 'node:fs/promises';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';

/**
 * Output files of the demo generator: a streaming CSV writer (UTF-8, UTF-8 with BOM or
 * Windows-1252) and an XLSX writer whose bytes do not depend on the clock.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Characters outside Latin-1 that Windows-1252 encodes in 0x80-0x9F. */
const CP1252_EXTRA: Record<string, string> = {
  '\u20ac': '\x80', '\u201a': '\x82', '\u0192': '\x83', '\u201e': '\x84', '\u2026': '\x85', '\u2020': '\x86',
  '\u2021': '\x87', '\u02c6': '\x88', '\u2030': '\x89', '\u0160': '\x8a', '\u2039': '\x8b', '\u0152': '\x8c',
  '\u017d': '\x8e', '\u2018': '\x91', '\u2019': '\x92', '\u201c': '\x93', '\u201d': '\x94', '\u2022': '\x95',
  '\u2013': '\x96', '\u2014': '\x97', '\u02dc': '\x98', '\u2122': '\x99', '\u0161': '\x9a', '\u203a': '\x9b',
  '\u0153': '\x9c', '\u017e': '\x9e', '\u0178': '\x9f',
};

/** Encode text as Windows-1252; characters it cannot hold become '?'. */
export function encodeWindows1252(text: string): Buffer {
  let s = text;
  if (/[^\x00-\xff]/.test(s)) {
    s = s.replace(/[^\x00-\xff]/g, (ch) => CP1252_EXTRA[ch] ?? '?');
  }
  return Buffer.from(s, 'latin1');
}

const CHUNK_CHARS = 1 << 18;

/**
 * Writes a CSV file row by row, holding at most about 256k characters in memory. Fields holding
 * the delimiter, a quote, a line break or outer spaces are quoted (quotes doubled).
 */
export class CsvWriter {
  private parts: string[] = [];
  private size = 0;
  private handle: FileHandle | null = null;
  private rowCount = 0;
  private readonly needsQuote: RegExp;

  private constructor(
    readonly path: string,
    private readonly delimiter: string,
    private readonly encoding: CsvEncoding,
    private readonly eol: string,
  ) {
    const d = delimiter.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    this.needsQuote = new RegExp(`[${d}"\\r\\n]|^\\s|\\s$`);
  }

  static async create(path: string, opts: { delimiter: string; encoding: CsvEncoding; eol?: string }): Promise<CsvWriter> {
    const w = new CsvWriter(path, opts.delimiter, opts.encoding, opts.eol ?? '\n');
    w.handle = await open(path, 'w');
    if (opts.encoding === 'utf-8-bom') await w.handle.write(Buffer.from([0xef, 0xbb, 0xbf]));
    return w;
  }

  /** Data rows written so far (the header is not counted). */
  get rows(): number {
    return this.rowCount;
  }

  private field(v: string): string {
    if (v.length === 0) return v;
    // Fast path for the common case; the regular expression decides the rest.
    const first = v.charCodeAt(0);
    const last = v.charCodeAt(v.length - 1);
    if (first > 32 && last > 32 && v.indexOf(this.delimiter) < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return this.needsQuote.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }

  async header(names: readonly string[]): Promise<void> {
    await this.push(names.map((n) => this.field(n)).join(this.delimiter) + this.eol);
  }

  async row(values: readonly string[]): Promise<void> {
    this.rowCount++;
    await this.push(values.map((v) => this.field(v)).join(this.delimiter) + this.eol);
  }

  private async push(line: string): Promise<void> {
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    const bytes = this.encoding === 'windows-1252' ? encodeWindows1252(text) : Buffer.from(text, 'utf8');
    await this.handle!.write(bytes);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle!.close();
    this.handle = null;
  }
}

/** One XLSX cell: text, number, a date (UTC midnight), or empty. */
export type XlsxCell = string | number | Date | null;

/**
 * Fixed "last modified" stamp written into every ZIP entry: 2026-11-01 00:00 (MS-DOS format).
 * The XLSX library stamps entries with the current time; rewriting the stamp makes the bytes
 * depend only on the content. The CRCs cover file data only, so the archive stays valid.
 */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 1;

/** Overwrite the modification time/date of every local header and central-directory entry. */
export function normaliseZipTimestamps(zip: Buffer): Buffer {
  // End of central directory: signature 0x06054b50, at least 22 bytes from the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('XLSX: end of ZIP central directory not found');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('XLSX: bad central directory entry');
    zip.writeUInt16LE(DOS_TIME, p + 12);
    zip.writeUInt16LE(DOS_DATE, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('XLSX: bad local file header');
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

/** Write one sheet (header row + data rows) to an .xlsx file; dates shown as dd/mm/yyyy. */
export async function writeXlsx(path: string, sheet: string, header: readonly string[], rows: readonly XlsxCell[][]): Promise<void> {
  const data: SheetData = [header.map((h) => ({ value: h, fontWeight: 'bold' as const }))];
  for (const r of rows) {
    data.push(
      r.map((v): Cell => {
        if (v === null) return null;
        if (v instanceof Date) return { value: v, type: Date, format: 'dd/mm/yyyy' };
        if (typeof v === 'number') return { value: v, type: Number };
        return { value: v, type: String };
      }),
    );
  }
  const buffer = await writeXlsxFile(data, { sheet }).toBuffer();
  await writeFile(path, normaliseZipTimestamps(buffer));
}
