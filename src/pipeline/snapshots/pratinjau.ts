import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { inlineQuery } from '../../core/indicators/bases';
import {
  defaultPeriode,
  PRATINJAU_FILE,
  PRATINJAU_FORMAT,
  PRATINJAU_INDICATORS,
  pratinjauParams,
  type Pratinjau,
} from '../../core/indicators/pratinjau';
import type { ManifestFile, SnapshotManifest } from '../../core/schema/snapshot';
import { plainValue } from '../plain-values';
import { sqlString } from '../sources/read-table-file';

/** Schema holding views over the Parquet files just written (dropped again afterwards). */
const SCHEMA = 'sk_pratinjau';

/**
 * Run the overview's indicators for the default state (latest month, whole city) on the snapshot
 * whose Parquet files are in `dir`. The SQL reads the written Parquet files (through views in a
 * private schema of `conn`), so the rows are those the browser computes from the same files.
 * Returns null when the manifest's period gives no default month.
 */
export async function computePratinjau(
  conn: DuckDBConnection,
  dir: string,
  tables: readonly ManifestFile[],
  periode: SnapshotManifest['periode'],
): Promise<Pratinjau | null> {
  const month = defaultPeriode(periode);
  if (!month) return null;
  await conn.run(`CREATE SCHEMA ${SCHEMA}`);
  try {
    for (const t of tables) {
      await conn.run(`CREATE VIEW ${SCHEMA}."${t.name}" AS SELECT * FROM read_parquet(${sqlString(join(dir, t.file))})`);
    }
    await conn.run(`SET search_path = '${SCHEMA}'`);
    const params = pratinjauParams(month);
    const entries: Pratinjau['entries'] = [];
    for (const def of PRATINJAU_INDICATORS) {
      const q = inlineQuery(def, params);
      const reader = await conn.runAndReadAll(q.sql, q.params.length ? (q.params as DuckDBValue[]) : undefined);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      const rows = reader.getRowObjectsJS().map((r) => {
        const row: Record<string, unknown> = {};
        names.forEach((n, i) => (row[n] = plainValue(r[n], types[i])));
        return row;
      });
      entries.push({ indicator: def.id, params, rows });
    }
    return { format: PRATINJAU_FORMAT, periode: month, entries };
  } finally {
    await conn.run('RESET search_path');
    await conn.run(`DROP SCHEMA ${SCHEMA} CASCADE`);
  }
}

/**
 * Compute the preview (see `computePratinjau`) and write it as `pratinjau.json` into `dir`.
 * Returns its manifest entry (size and SHA-256), or null when there is no default month.
 * The JSON has a fixed key order and no timestamps, so identical tables give identical bytes.
 */
export async function writePratinjau(
  conn: DuckDBConnection,
  dir: string,
  tables: readonly ManifestFile[],
  periode: SnapshotManifest['periode'],
): Promise<ManifestFile | null> {
  const pratinjau = await computePratinjau(conn, dir, tables, periode);
  if (!pratinjau) return null;
  const bytes = Buffer.from(JSON.stringify(pratinjau) + '\n', 'utf8');
  await writeFile(join(dir, PRATINJAU_FILE), bytes);
  return {
    name: 'pratinjau',
    file: PRATINJAU_FILE,
    rows: pratinjau.entries.reduce((n, e) => n + e.rows.length, 0),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
