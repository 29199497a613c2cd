import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { DuckDBInstance } from '@duckdb/node-api';
import { decodeText } from '../../core/normalise/text';
import { parseCsvInBatches } from '../../core/normalise/csv';
import type { RawValue } from '../../core/normalise/result';
import { PipelineError } from '../../core/errors';

/** A file read into a header and raw rows, before any validation. */
export interface RawTable {
  file: string;
  format: 'csv' | 'xlsx' | 'parquet';
  /** How the CSV was decoded and split, for the report. */
  detail: string;
  header: string[];
  rows: RawValue[][];
  /** Row number of each row as the officer sees it (header = row 1 in CSV/XLSX; Parquet rows from 1). */
  rowNumbers: number[];
  bytes: Uint8Array;
}

/** What a batched read tells about the file itself; the rows went to the sink. */
export type TableFileInfo = Omit<RawTable, 'header' | 'rows' | 'rowNumbers'>;

/** Receives a table file's header once, then its data rows in file order, batch by batch. */
export interface TableSink {
  header(header: string[]): void;
  rows(rows: RawValue[][], rowNumbers: number[]): void;
}

/** Read one CSV, XLSX (first sheet) or Parquet file. Any failure stops the build naming the file. */
export async function readTableFile(path: string): Promise<RawTable> {
  let header: string[] = [];
  const rows: RawValue[][] = [];
  const rowNumbers: number[] = [];
  const info = await readTableFileInBatches(path, {
    header: (h) => (header = h),
    rows(batch, numbers) {
      for (let i = 0; i < batch.length; i++) {
        rows.push(batch[i]);
        rowNumbers.push(numbers[i]);
      }
    },
  });
  return { ...info, header, rows, rowNumbers };
}

/**
 * `readTableFile` that hands the rows to `sink` in batches: a CSV a few thousand rows at a time
 * (so the rows of a million-line file never all exist at once), XLSX and Parquet in one batch.
 * An error thrown by the sink passes through unchanged; any other failure names the file.
 */
export async function readTableFileInBatches(path: string, sink: TableSink): Promise<TableFileInfo> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  let bytes: Uint8Array;
  try {
    // The Buffer itself (a Uint8Array): wrapping it in `new Uint8Array(...)` would copy the whole file.
    bytes = await readFile(path);
  } catch (e) {
    throw new PipelineError('file-unreadable', file, (e as Error).message);
  }
  let sinkFailed = false;
  const guarded: TableSink = {
    header(h) {
      try {
        sink.header(h);
      } catch (e) {
        sinkFailed = true;
        throw e;
      }
    },
    rows(r, n) {
      try {
        sink.rows(r, n);
      } catch (e) {
        sinkFailed = true;
        throw e;
      }
    },
  };
  try {
    if (ext === '.csv') return readCsv(file, bytes, guarded);
    const table = ext === '.xlsx' ? await readXlsx(file, bytes) : ext === '.parquet' ? await readParquet(path, file, bytes) : null;
    if (table) {
      guarded.header(table.header);
      if (table.rows.length > 0) guarded.rows(table.rows, table.rowNumbers);
      return { file, format: table.format, detail: table.detail, bytes };
    }
  } catch (e) {
    if (sinkFailed || e instanceof PipelineError) throw e;
    throw new PipelineError('file-unreadable', file, `Periksa formatnya (${ext}) / check its format: ${(e as Error).message}`);
  }
  throw new PipelineError('file-unreadable', file, `Format ${ext} tidak didukung; gunakan .csv, .xlsx atau .parquet`);
}

/**
 * CSV text is cut into slices of this many characters (about 1,300 AK1 rows) for the sink. Small
 * batches keep the live rows, which every young-generation GC must copy, few.
 */
const CSV_BATCH_CHARS = 1 << 18;

function readCsv(file: string, bytes: Uint8Array, sink: TableSink): TableFileInfo {
  const { text, encoding } = decodeText(bytes);
  const { delimiter } = parseCsvInBatches(
    text,
    {
      header(header) {
        if (header.length === 0) throw new PipelineError('file-empty', file, 'Tidak ada baris judul kolom');
        sink.header(header);
      },
      rows: (rows, rowNumbers) => sink.rows(rows, rowNumbers),
    },
    CSV_BATCH_CHARS,
  );
  return { file, format: 'csv', detail: `${encoding}, pemisah '${delimiter === '\t' ? 'tab' : delimiter}'`, bytes };
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<RawTable> {
  const data = (await readSheet(Buffer.from(bytes))) as RawValue[][];
  if (data.length === 0) throw new PipelineError('file-empty', file, 'Lembar pertama kosong');
  const header = (data[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const rows: RawValue[][] = [];
  const rowNumbers: number[] = [];
  for (let i = 1; i < data.length; i++) {
    if (data[i].some((v) => v !== null && v !== undefined && String(v).trim() !== '')) {
      rows.push(data[i]);
      rowNumbers.push(i + 1); // spreadsheet rows are 1-based and the header is row 1
    }
  }
  return { file, format: 'xlsx', detail: 'lembar pertama', header, rows, rowNumbers, bytes };
}

async function readParquet(path: string, file: string, bytes: Uint8Array): Promise<RawTable> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(path)})`);
    const header = reader.columnNames();
    const rows = reader.getRows().map((r) => r.map(toRaw));
    return { file, format: 'parquet', detail: 'parquet', header, rows, rowNumbers: rows.map((_, i) => i + 1), bytes };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

function toRaw(v: unknown): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // DuckDB DATE/TIMESTAMP values print as ISO text, which parseDate reads.
  return String(v);
}

export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
