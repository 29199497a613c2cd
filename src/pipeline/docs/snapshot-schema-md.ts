import { SNAPSHOT_SCHEMA_VERSION, SNAPSHOT_TABLES } from '../../core/schema/snapshot';

/**
 * Renders docs/snapshot-schema.md from core/schema/snapshot.ts, so the documentation of every
 * table and column cannot drift from what the pipeline writes (`npm run docs:schema`; a test
 * fails when the committed file is stale).
 */
export function renderSnapshotSchemaMd(): string {
  const out: string[] = [];
  out.push('# Skema snapshot / snapshot schema');
  out.push('');
  out.push(`<!-- Generated from src/core/schema/snapshot.ts by \`npm run docs:schema\`. Do not edit by hand. -->`);
  out.push('');
  out.push(`Schema version **${SNAPSHOT_SCHEMA_VERSION}**. A snapshot is a folder with:`);
  out.push('');
  out.push('- `manifest.json` — schema version, pipeline version, build time, demo flag, period covered, every file with its row count, size and SHA-256, the source files read (SHA-256, rows read / accepted / rejected, ignored columns), and reject totals;');
  out.push('- one Parquet file (ZSTD) per table below, rows in a fixed order so identical inputs give identical bytes;');
  out.push('- `kelurahan.geojson` and `kecamatan.geojson` — map shapes (properties `kode`, `nama`, `kode_kecamatan`, `nama_kecamatan`, `skematis`); `manifest.geometry.kind` says whether they are official boundaries or schematic Voronoi cells;');
  out.push('- `pratinjau.json` (optional, listed as `manifest.pratinjau` with its SHA-256) — the overview\'s indicator rows for the state the app opens in (latest month, whole city), computed at build time with the same SQL, so the app shows them before DuckDB-wasm has started; aggregates only. Snapshots without it load as before;');
  out.push('- `laporan/penolakan.csv` — every rejected, repaired or noted source row (file, row, column, masked value, code, reason in Indonesian and English) and `laporan/ringkasan.txt`, the human summary.');
  out.push('');
  out.push('No table holds a NIK, KK number, name, phone, address, e-mail or birth date. People are identified only by `id_orang`, the first 64 bits of HMAC-SHA-256(secret, "nik:" + NIK) written as 16 letters a-p (never digits, so it cannot be mistaken for a NIK); the secret stays with the data officer.');
  out.push('');
  for (const t of SNAPSHOT_TABLES) {
    out.push(`## \`${t.name}\``);
    out.push('');
    out.push(`- Satu baris / one row: ${t.grain}`);
    out.push(`- Sumber / source: ${t.source}`);
    out.push(`- Urutan baris / row order: ${t.orderBy.join(', ')}`);
    out.push('');
    out.push('| kolom | tipe | boleh kosong | arti | satuan / kode |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const c of t.columns) {
      out.push(`| \`${c.name}\` | ${c.type} | ${c.nullable ? 'ya' : 'tidak'} | ${c.description} | ${c.unit ?? ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
