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

/**
 * Parse CSV text (already decoded, see `decodeText`). Detects ',' ';' or tab as delimiter
 * (Indonesian Excel writes ';'), accepts quoted values with newlines and doubled quotes, turns
 * CRLF/CR line ends into LF, skips records whose every value is empty (blank lines, ';;;' lines),
 * and pads rows shorter than the header with ''. Longer rows are kept as they are.
 * The first non-empty record is the header. Runs in the browser and in Node, synchronously.
 */
export function parseCsv(text: string): CsvTable {
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(src);
  const result = Papa.parse<string[]>(src, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const records = result.data;
  let header: string[] = [];
  let r = 0;
  for (; r < records.length; r++) {
    if (!isEmptyRecord(records[r])) {
      header = records[r];
      r++;
      break;
    }
  }
  const width = header.length;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (; r < records.length; r++) {
    const row = records[r];
    if (isEmptyRecord(row)) continue;
    while (row.length < width) row.push('');
    rows.push(row);
    rowNumbers.push(r + 1);
  }
  return { header, rows, delimiter, rowNumbers };
}
