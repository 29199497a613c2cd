import Papa from 'papaparse';

/**
 * A CSV file split into a header and data rows, values untouched (no trimming, no type guessing).
 *
 * Row numbering: data row `rows[i]` is spreadsheet row `i + 2` (the header is row 1) when the
 * file has no blank lines before or between rows, which is the usual case. Blank lines are skipped,
 * so the exact row as Excel would show it is always `rowNumbers[i]`; use that for report lines.
 * A quoted value that spans several lines still counts as one row, as in Excel.
 */
export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** 1-based spreadsheet row of each data row (header row counted); `parseCsv` always fills it. */
  rowNumbers?: number[];
}

const CANDIDATES = [',', ';', '\t'] as const;
const SAMPLE_RECORDS = 11;
const SAMPLE_CHARS = 1 << 16;

/** Per-record delimiter counts (outside quotes) for the first non-empty records of the text. */
function sampleCounts(text: string): number[][] {
  const records: number[][] = [];
  let counts = [0, 0, 0];
  let inQuotes = false;
  let nonEmpty = false;
  const limit = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < limit && records.length < SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes; // a doubled quote toggles twice, which is what we want
      nonEmpty = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === '\n') {
      if (nonEmpty) records.push(counts);
      counts = [0, 0, 0];
      nonEmpty = false;
    } else if (ch !== '\r') {
      const k = ch === ',' ? 0 : ch === ';' ? 1 : ch === '\t' ? 2 : -1;
      if (k >= 0) counts[k]++;
      nonEmpty = true;
    }
  }
  if (nonEmpty && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * Pick the delimiter: among those present in the header line, the one whose count per line stays
 * the same in the following lines, then the one that appears most often in the header.
 * Defaults to ',' (a one-column file).
 */
function detectDelimiter(text: string): string {
  const records = sampleCounts(text);
  if (records.length === 0) return ',';
  const [head, ...rest] = records;
  let best = -1;
  let bestScore = [-1, -1];
  for (let k = 0; k < CANDIDATES.length; k++) {
    if (head[k] === 0) continue;
    const consistent = rest.filter((r) => r[k] === head[k]).length;
    const score = [consistent, head[k]];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = k;
      bestScore = score;
    }
  }
  return best < 0 ? ',' : CANDIDATES[best];
}

function isEmptyRecord(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}

/** Receives a CSV file's records batch by batch (see `parseCsvInBatches`). */
export interface CsvBatchSink {
  /** The header (first non-empty record), once, before any rows; may throw to stop the parse. */
  header(header: string[], delimiter: string): void;
  /** Data rows in file order, already padded to the header width, with their spreadsheet row numbers. */
  rows(rows: string[][], rowNumbers: number[]): void;
}

/**
 * Parse CSV text (already decoded, see `decodeText`). Detects ',' ';' or tab as delimiter
 * (Indonesian Excel writes ';'), accepts quoted values with newlines and doubled quotes, turns
 * CRLF/CR line ends into LF, skips records whose every value is empty (blank lines, ';;;' lines),
 * and pads rows shorter than the header with ''. Longer rows are kept as they are.
 * The first non-empty record is the header. Runs in the browser and in Node, synchronously.
 */
export function parseCsv(text: string): CsvTable {
  const table: CsvTable = { header: [], rows: [], delimiter: ',', rowNumbers: [] };
  parseCsvInBatches(
    text,
    {
      header(header, delimiter) {
        table.header = header;
        table.delimiter = delimiter;
      },
      rows(rows, rowNumbers) {
        for (let i = 0; i < rows.length; i++) {
          table.rows.push(rows[i]);
          table.rowNumbers!.push(rowNumbers[i]);
        }
      },
    },
    0,
  );
  return table;
}

/**
 * `parseCsv` for large files: the same records, row numbers and padding, but handed to `sink`
 * in batches of about `chunkChars` characters of text (0 = all at once), so a caller can
 * validate and drop each batch before the next exists instead of holding every row of the file.
 * A record cut by a batch boundary is carried over to the next batch, as papaparse's own
 * streaming does (a loop here, because papaparse recurses once per chunk). Returns the header
 * and delimiter (also given to `sink.header`; an empty header when the text has no record).
 */
export function parseCsvInBatches(text: string, sink: CsvBatchSink, chunkChars = 1 << 22): { header: string[]; delimiter: string } {
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(src);
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', escapeChar: '"' });
  const size = chunkChars > 0 ? chunkChars : Math.max(src.length, 1);
  let header: string[] | null = null;
  let width = 0;
  let record = 0; // records seen so far, empty ones included (row number = index + 1)
  let carry = ''; // the start of a record cut by the previous batch boundary
  let base = 0; // offset in `src` where `carry` starts
  for (let start = 0; start < src.length || start === 0; start += size) {
    const last = start + size >= src.length;
    const input = carry + src.slice(start, start + size);
    const result = parser.parse(input, base, !last) as { data: string[][]; meta: { cursor: number } };
    if (!last) {
      carry = input.substring(result.meta.cursor - base);
      base = result.meta.cursor;
    }
    const records = result.data;
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    for (let r = 0; r < records.length; r++, record++) {
      const row = records[r];
      if (isEmptyRecord(row)) continue;
      if (header === null) {
        header = row;
        width = row.length;
        sink.header(header, delimiter);
        continue;
      }
      while (row.length < width) row.push('');
      rows.push(row);
      rowNumbers.push(record + 1);
    }
    if (rows.length > 0) sink.rows(rows, rowNumbers);
  }
  if (header === null) {
    header = [];
    sink.header(header, delimiter);
  }
  return { header, delimiter };
}
