import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ColumnDef } from '../core/schema/snapshot';
import { sqlString } from './sources/read-table-file';

/** An in-memory DuckDB for one pipeline run. */
export async function openDuck(): Promise<{ conn: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

const DUCK_TYPE: Record<ColumnDef['type'], string> = {
  VARCHAR: 'VARCHAR',
  INTEGER: 'INTEGER',
  BIGINT: 'BIGINT',
  DOUBLE: 'DOUBLE',
  DATE: 'DATE',
  BOOLEAN: 'BOOLEAN',
  'VARCHAR[]': 'VARCHAR[]',
};

/**
 * Load JS rows into a DuckDB table through a newline-delimited JSON file: far faster than
 * appending value by value from JavaScript, and JSON carries NULLs and lists as they are.
 * The temporary file holds pseudonymised rows only and is deleted by the caller's staging cleanup.
 */
export async function loadRows(
  conn: DuckDBConnection,
  table: string,
  columns: ReadonlyArray<Pick<ColumnDef, 'name' | 'type'>>,
  rows: Iterable<Record<string, unknown>>,
  tmpFile: string,
): Promise<void> {
  const out = createWriteStream(tmpFile);
  let buffer = '';
  for (const row of rows) {
    buffer += JSON.stringify(row) + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  const spec = columns.map((c) => `${sqlString(c.name)}: ${sqlString(DUCK_TYPE[c.type])}`).join(', ');
  await conn.run(
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_json(${sqlString(tmpFile)}, format = 'newline_delimited', ` +
      `columns = {${spec}}, maximum_object_size = 16777216)`,
  );
}

/** Write a query's result to Parquet (ZSTD). Callers order rows fully so the bytes are reproducible. */
export async function copyToParquet(conn: DuckDBConnection, selectSql: string, path: string): Promise<void> {
  await conn.run(`COPY (${selectSql}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`);
}

/** Run a query and return plain rows (BIGINT -> number). */
export async function queryRows<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
    return o as T;
  });
}
