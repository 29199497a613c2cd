/**
 * Opens a snapshot folder in @duckdb/node-api for tests: every table listed in `manifest.json`
 * becomes a view over `read_parquet`, so indicator SQL runs unchanged.
 *
 * Values come back in the same plain shape as the browser client (src/app/db/arrow-rows.ts):
 * BIGINT/HUGEINT/DECIMAL as numbers, DATE as 'YYYY-MM-DD', TIMESTAMP as an ISO string,
 * lists as arrays.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inlineQuery } from '../../src/core/indicators/bases';
import type { IndicatorDef } from '../../src/core/indicators/types';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { plainValue } from '../../src/pipeline/plain-values';

export interface SnapshotDb {
  query<T = Record<string, unknown>>(sql: string, params?: ReadonlyArray<string | number | boolean | null>): Promise<T[]>;
  close(): void;
}

/** Open the snapshot in `dir` (a folder with manifest.json and the Parquet files). */
export async function openSnapshotDb(dir: string): Promise<SnapshotDb> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
    tables: Array<{ name: string; file: string }>;
  };
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const t of manifest.tables) {
    const file = path.resolve(dir, t.file).replace(/'/g, "''");
    await conn.run(`CREATE VIEW "${t.name}" AS SELECT * FROM read_parquet('${file}')`);
  }
  return {
    async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = []) {
      const reader = await conn.runAndReadAll(sql, params.length ? ([...params] as DuckDBValue[]) : undefined);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      return reader.getRowObjectsJS().map((row) => {
        const out: Record<string, unknown> = {};
        names.forEach((n, i) => (out[n] = plainValue(row[n], types[i])));
        return out as T;
      });
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Run an indicator in Node exactly as the browser would, except that base relations
 * (`{{aktif}}`) are inlined as subqueries instead of materialised: the same rows either way.
 */
export async function queryIndicator<P, R>(db: SnapshotDb, def: IndicatorDef<P, R>, params: P): Promise<R[]> {
  const q = inlineQuery(def as IndicatorDef<P, unknown>, params);
  return db.query<R>(q.sql, q.params);
}
