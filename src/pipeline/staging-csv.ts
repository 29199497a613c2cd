import { closeSync, openSync, writeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnDef } from '../core/schema/snapshot';
import { sqlString } from './sources/read-table-file';

/**
 * Staging the two big tables into DuckDB through a CSV work file. Compared with NDJSON
 * (`loadRows`), a line carries no key names and needs no `JSON.stringify` of a whole object,
 * which made staging a million rows several seconds cheaper. The encoding keeps every value
 * exactly: NULL is an empty unquoted field and a string is always quoted (so '' stays ''),
 * and a list is written as its JSON text and turned back into a list by DuckDB's JSON reader.
 */
export type StageColumn = Pick<ColumnDef, 'name' | 'type'>;

/** Appends rows to a staging CSV file (synchronous writes: callers run inside a synchronous parse). */
export class StagingCsvWriter {
  private readonly fd: number;
  private readonly types: ReadonlyArray<ColumnDef['type']>;
  // Lines are encoded into this buffer one by one (UTF-8), which measured faster than
  // concatenating them into a long string and writing that.
  private readonly buffer = Buffer.allocUnsafe(4 << 20);
  private used = 0;
  /** Rows written so far. */
  rows = 0;

  constructor(path: string, columns: readonly StageColumn[]) {
    this.fd = openSync(path, 'w');
    this.types = columns.map((c) => c.type);
  }

  /** One row, values in column order. */
  add(values: readonly unknown[]): void {
    const types = this.types;
    let line = encodeValue(types[0], values[0]);
    for (let i = 1; i < types.length; i++) line += ',' + encodeValue(types[i], values[i]);
    line += '\n';
    this.rows++;
    const maxBytes = line.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.used + maxBytes > this.buffer.length) {
      this.flush();
      if (maxBytes > this.buffer.length) {
        const big = Buffer.from(line);
        writeAll(this.fd, big, big.length);
        return;
      }
    }
    this.used += this.buffer.write(line, this.used);
  }

  private flush(): void {
    writeAll(this.fd, this.buffer, this.used);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** writeSync may write less than asked: loop until all `length` bytes are out. */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let done = 0; done < length; ) done += writeSync(fd, buffer, done, length - done);
}

function quote(s: string): string {
  return s.includes('"') ? '"' + s.replaceAll('"', '""') + '"' : '"' + s + '"';
}

/** One field. Mirrors what JSON + `read_json` stored: non-finite numbers became NULL there too. */
function encodeValue(type: ColumnDef['type'], v: unknown): string {
  if (v === null || v === undefined) return '';
  switch (type) {
    case 'VARCHAR':
      return quote(String(v));
    case 'VARCHAR[]':
      return quote(JSON.stringify(v));
    case 'INTEGER':
    case 'BIGINT':
    case 'DOUBLE':
      return Number.isFinite(v) ? String(v) : '';
    case 'BOOLEAN':
      return v ? 'true' : 'false';
    case 'DATE':
      return String(v);
  }
}

/** Create `table` from a staging CSV written by `StagingCsvWriter` with the same columns. */
export async function loadStagingCsv(
  conn: DuckDBConnection,
  table: string,
  columns: readonly StageColumn[],
  path: string,
): Promise<void> {
  // Lists travel as JSON text (VARCHAR) and are parsed back in the SELECT.
  const spec = columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type === 'VARCHAR[]' ? 'VARCHAR' : c.type)}`).join(', ');
  const select = columns
    .map((c) => (c.type === 'VARCHAR[]' ? `from_json("${c.name}", '["VARCHAR"]') AS "${c.name}"` : `"${c.name}"`))
    .join(', ');
  await conn.run(
    `CREATE OR REPLACE TABLE ${table} AS SELECT ${select} FROM read_csv(${sqlString(path)}, header = false, ` +
      `delim = ',', quote = '"', escape = '"', new_line = '\\n', auto_detect = false, allow_quoted_nulls = false, ` +
      `max_line_size = 16777216, columns = {${spec}})`,
  );
}
