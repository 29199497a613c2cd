import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError, type RowIssue } from '../core/errors';
import { createKelurahanMatcher } from '../core/normalise/region';
import { createPseudonymiser } from '../core/linkage/pseudonym';
import { geometryFromBoundaries, schematicGeometry, type GeometryResult } from '../core/geo';
import { KOTA } from '../core/reference/wilayah';
import { PUBLISHED_INDICATORS } from '../core/reference/published-indicators';
import {
  SNAPSHOT_SCHEMA_VERSION,
  SNAPSHOT_TABLES,
  type ManifestFile,
  type ManifestSource,
  type SnapshotManifest,
} from '../core/schema/snapshot';
import {
  DTSEN,
  INDIKATOR,
  LOWONGAN,
  PELATIHAN,
  PENCAKER,
  PERUSAHAAN,
  VALIDASI,
  type IndikatorSourceRow,
} from '../core/tables/source-tables';
import type { SourceTableSpec, ValidationContext } from '../core/tables/column-spec';
import { copyToParquet, loadRows, openDuck, queryRows } from './duck';
import type { PipelineEffects } from './effects';
import { readSourceTable, type SourceTableResult } from './read-source-table';
import { discoverSources } from './sources/discover';
import { DTSEN_AGREGAT_SQL, LINK_PENCAKER_SQL, loadStages } from './snapshots/pencaker';
import { startStaging, type StagingJob } from './workers/stage-table';
import { stageRegisters } from './snapshots/registers';
import { stageReference } from './snapshots/reference';
import { kualitasRows } from './snapshots/kualitas';
import { writePratinjau } from './snapshots/pratinjau';
import { rejectReportCsv, summaryText, type TableSummary } from './snapshots/laporan';
import { PIPELINE_VERSION } from './version';

/** A column mapping file (`--mapping`): foreign column names per table, and extra kelurahan aliases. */
export interface MappingFile {
  columns?: Record<string, Record<string, string>>;
  kelurahan?: Record<string, string>;
}

export interface SnapshotOptions {
  sourceDir: string;
  outDir: string;
  /** Pseudonym secret (at least 16 bytes). */
  secret: string | Uint8Array;
  /** Synthetic data: the manifest says so and the app shows "DATA SIMULASI". */
  demo?: boolean;
  /** Kelurahan boundaries (GeoJSON); without it the map is schematic. */
  boundariesPath?: string;
  mapping?: MappingFile;
}

/**
 * Build a snapshot from a source folder. The new snapshot is written to a staging folder beside
 * `outDir` and moved into place only when complete; on any failure the staging folder is
 * removed and an existing snapshot at `outDir` stays as it was.
 */
export async function buildSnapshot(opts: SnapshotOptions, effects: PipelineEffects): Promise<SnapshotManifest> {
  const outDir = resolve(opts.outDir);
  const stageDir = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await mkdir(join(stageDir, '.kerja'), { recursive: true });
  } catch (e) {
    throw new PipelineError('output-unwritable', outDir, (e as Error).message);
  }
  try {
    const manifest = await buildInto(stageDir, opts, effects);
    await rm(join(stageDir, '.kerja'), { recursive: true, force: true });
    await swapIntoPlace(stageDir, outDir);
    effects.log(`Snapshot selesai / snapshot written: ${outDir}`);
    return manifest;
  } catch (e) {
    await rm(stageDir, { recursive: true, force: true });
    throw e;
  }
}

async function swapIntoPlace(stageDir: string, outDir: string) {
  const exists = await stat(outDir).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(stageDir, outDir);
    return;
  }
  const oldDir = `${stageDir}.lama`;
  await rename(outDir, oldDir);
  try {
    await rename(stageDir, outDir);
  } catch (e) {
    await rename(oldDir, outDir); // put the previous snapshot back
    throw e;
  }
  await rm(oldDir, { recursive: true, force: true });
}

async function buildInto(stageDir: string, opts: SnapshotOptions, effects: PipelineEffects): Promise<SnapshotManifest> {
  const work = (name: string) => join(stageDir, '.kerja', `${name}.ndjson`);
  const stageCsv = (name: string) => join(stageDir, '.kerja', `${name}.csv`);
  createPseudonymiser(opts.secret, 'nik'); // refuses a short secret before any work
  const ctx: ValidationContext = { matchKelurahan: createKelurahanMatcher(opts.mapping?.kelurahan) };

  const discovered = await discoverSources(opts.sourceDir);
  if (!discovered.byTable.has('pencaker')) {
    throw new PipelineError(
      'file-missing',
      opts.sourceDir,
      'Tabel pencaker wajib ada (mis. pencaker.csv atau pencaker.xlsx) / the pencaker table is required',
    );
  }
  effects.log(`Membaca sumber / reading sources: ${opts.sourceDir}`);

  const summaries: TableSummary[] = [];
  const allIssues: RowIssue[] = [];
  const allSources: ManifestSource[] = [];
  const pathsOf = (spec: SourceTableSpec<any>): string[] => [...(discovered.byTable.get(spec.name as never) ?? [])];
  const mappingOf = (spec: SourceTableSpec<any>): Record<string, string> => opts.mapping?.columns?.[spec.name] ?? {};
  /** Add a table's counts, issues and sources to the report (streamed results keep no rows). */
  function record<Row>(spec: SourceTableSpec<Row>, r: SourceTableResult<Row>): SourceTableResult<Row> {
    summaries.push({
      table: spec.name,
      rowsRead: r.rowsRead,
      rowsAccepted: r.rowsRead - r.rowsRejected,
      rowsRejected: r.rowsRejected,
      rowsRepaired: r.rowsRepaired,
      notes: r.issues.filter((i) => i.severity === 'catatan').length,
      missing: pathsOf(spec).length === 0,
    });
    for (const i of r.issues) allIssues.push(i);
    for (const s of r.sources) allSources.push(s);
    return r;
  }
  async function read<Row>(spec: SourceTableSpec<Row>): Promise<SourceTableResult<Row>> {
    return record(spec, await readSourceTable(spec, pathsOf(spec), ctx, mappingOf(spec), effects));
  }

  // The two big tables are validated, pseudonymised and written to CSV work files batch by batch
  // while they are read (no file's rows ever all exist in memory), each in its own worker thread,
  // so both cores work and each heap is freed when its worker ends (workers/stage-table.ts).
  // Log lines and report issues are taken pencaker first, then DTSEN: the order of reading one
  // after the other, as before.
  const job = (spec: SourceTableSpec<any>): StagingJob => ({
    table: spec.name as StagingJob['table'],
    paths: pathsOf(spec),
    mapping: mappingOf(spec),
    kelurahanAliases: opts.mapping?.kelurahan,
    secret: opts.secret,
    file: stageCsv(spec.name),
  });
  const staging = [PENCAKER, DTSEN].map((spec: SourceTableSpec<any>) => ({ spec, run: startStaging(job(spec)) }));
  try {
    for (const { spec, run } of staging) {
      const { result, logs } = await run.done;
      for (const line of logs) effects.log(line);
      record(spec, result);
    }
  } catch (e) {
    await Promise.all(staging.map(({ run }) => run.cancel()));
    throw e;
  }
  const duck = await openDuck();
  try {
    const { conn } = duck;
    await conn.run('SET threads = 2');
    // The big staging tables are only numbered (over a full, unique ORDER BY) and aggregated, so
    // their insertion order does not matter; it is switched back on for the small tables.
    await conn.run('SET preserve_insertion_order = false');
    await loadStages(conn, stageCsv('pencaker'), stageCsv('dtsen'));
    await rm(stageCsv('pencaker'), { force: true });
    await rm(stageCsv('dtsen'), { force: true });
    await conn.run(LINK_PENCAKER_SQL);
    await conn.run(DTSEN_AGREGAT_SQL);
    await conn.run('DROP TABLE pencaker_stage');
    await conn.run('DROP TABLE dtsen_stage');
    await conn.run('SET preserve_insertion_order = true');

    const perusahaan = await read(PERUSAHAAN);
    ctx.companyIds = new Set(perusahaan.rows.map((r) => r.id_perusahaan));
    const lowongan = await read(LOWONGAN);
    const validasi = await read(VALIDASI);
    const pelatihan = await read(PELATIHAN);
    const indikator = await read(INDIKATOR);
    const indikatorRows: readonly IndikatorSourceRow[] = indikator.sources.length
      ? indikator.rows
      : (effects.log('  indikator: tidak ada berkas; memakai angka terbitan bawaan / using built-in published figures'),
        PUBLISHED_INDICATORS);

    const geometry = await loadGeometry(opts, ctx, effects);

    await stageRegisters(
      conn,
      {
        perusahaan: perusahaan.rows,
        lowongan: lowongan.rows,
        validasi: validasi.rows,
        pelatihan: pelatihan.rows,
        indikator: indikatorRows,
      },
      work,
    );
    await stageReference(conn, geometry, work);
    await loadRows(
      conn,
      'kualitas',
      SNAPSHOT_TABLES.find((t) => t.name === 'kualitas')!.columns,
      kualitasRows(allIssues),
      work('kualitas'),
    );

    const tables: ManifestFile[] = [];
    for (const def of SNAPSHOT_TABLES) {
      const file = `${def.name}.parquet`;
      const cols = def.columns.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`).join(', ');
      await copyToParquet(conn, `SELECT ${cols} FROM ${def.name} ORDER BY ${def.orderBy.join(', ')}`, join(stageDir, file));
      const [{ n }] = await queryRows<{ n: number }>(conn, `SELECT count(*) AS n FROM ${def.name}`);
      tables.push({ name: def.name, file, rows: n, ...(await fileHash(join(stageDir, file))) });
    }
    const [period] = await queryRows<{ mulai: string; akhir: string }>(
      conn,
      `SELECT strftime(min(tanggal_daftar), '%Y-%m-%d') AS mulai, strftime(max(tanggal_daftar), '%Y-%m-%d') AS akhir FROM pencaker`,
    );

    const files: ManifestFile[] = [];
    for (const [name, fc] of [
      ['kelurahan', geometry.kelurahan],
      ['kecamatan', geometry.kecamatan],
    ] as const) {
      const file = `${name}.geojson`;
      await writeFile(join(stageDir, file), JSON.stringify(fc));
      files.push({ name, file, ...(await fileHash(join(stageDir, file))) });
    }
    // The overview's numbers for its default state, so the app can show them before DuckDB-wasm runs.
    const pratinjau = await writePratinjau(conn, stageDir, tables, period);

    const builtAt = effects.now().toISOString();
    await mkdir(join(stageDir, 'laporan'), { recursive: true });
    await writeFile(join(stageDir, 'laporan', 'penolakan.csv'), rejectReportCsv(allIssues));
    await writeFile(
      join(stageDir, 'laporan', 'ringkasan.txt'),
      summaryText(summaries, allSources, allIssues, {
        ignoredFiles: discovered.ignored,
        geometry: geometry.kind === 'official' ? `batas resmi dari ${basename(opts.boundariesPath!)}` : 'skematis (Voronoi dari titik label) / schematic',
        unmatchedShapes: geometry.unmatched,
        builtAt,
      }),
    );

    const manifest: SnapshotManifest = {
      schema_version: SNAPSHOT_SCHEMA_VERSION,
      pipeline_version: PIPELINE_VERSION,
      built_at: builtAt,
      demo: opts.demo ?? false,
      region: { kode: KOTA.kode, nama: KOTA.nama },
      periode: { mulai: period.mulai, akhir: period.akhir },
      tables,
      files,
      ...(pratinjau ? { pratinjau } : {}),
      geometry: {
        kind: geometry.kind,
        source: geometry.kind === 'official' ? basename(opts.boundariesPath!) : 'schematic (Voronoi)',
      },
      sources: allSources,
      rejects: {
        total_rejected: summaries.reduce((s, t) => s + t.rowsRejected, 0),
        total_repaired: summaries.reduce((s, t) => s + t.rowsRepaired, 0),
        total_notes: summaries.reduce((s, t) => s + t.notes, 0),
        report: 'laporan/penolakan.csv',
      },
    };
    await writeFile(join(stageDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    for (const t of summaries) {
      if (!t.missing) effects.log(`  ${t.table}: ${t.rowsRead} dibaca = ${t.rowsAccepted} diterima + ${t.rowsRejected} ditolak`);
    }
    return manifest;
  } finally {
    duck.close();
  }
}

async function loadGeometry(opts: SnapshotOptions, ctx: ValidationContext, effects: PipelineEffects): Promise<GeometryResult> {
  if (!opts.boundariesPath) {
    effects.log('  peta: skematis (tanpa --boundaries) / map: schematic');
    return schematicGeometry();
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(opts.boundariesPath, 'utf8'));
  } catch (e) {
    throw new PipelineError('boundaries-invalid', basename(opts.boundariesPath), (e as Error).message);
  }
  try {
    const g = geometryFromBoundaries(json, ctx.matchKelurahan);
    effects.log(`  peta: ${g.kelurahan.features.length} kelurahan, ${g.kecamatan.features.length} kecamatan dari ${basename(opts.boundariesPath)}`);
    return g;
  } catch (e) {
    throw new PipelineError('boundaries-invalid', basename(opts.boundariesPath), (e as Error).message);
  }
}

async function fileHash(path: string): Promise<{ bytes: number; sha256: string }> {
  const buf = await readFile(path);
  return { bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
}
