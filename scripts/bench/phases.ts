// npx tsx scripts/bench/phases.ts <sourceDir> [--scratch <dir>]
//
// Where the pipeline's time and memory go. Runs the same steps as buildSnapshot (build-snapshot.ts,
// buildInto) with the pipeline's own functions, in the same order, but times each phase and
// records RSS / V8 heap / the peak RSS so far after it:
//   staging: pencaker and DTSEN each read → decode → parse → validate → pseudonymise → CSV work
//   file in a worker thread, both at once (the worker reports its own breakdown); small tables;
//   DuckDB read_csv of the two work files; link SQL; aggregate SQL; Parquet COPY per table.
// A diagnostic, not the benchmark: bench-pipeline.ts measures the real buildSnapshot end to end.
// It writes Parquet into a scratch folder (default bench-data/phases-scratch) and removes it.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createKelurahanMatcher } from '../../src/core/normalise/region';
import { DEMO_SECRET } from '../../src/core/linkage/pseudonym';
import { schematicGeometry } from '../../src/core/geo';
import { PUBLISHED_INDICATORS } from '../../src/core/reference/published-indicators';
import { SNAPSHOT_TABLES } from '../../src/core/schema/snapshot';
import { INDIKATOR, LOWONGAN, PELATIHAN, PERUSAHAAN, VALIDASI } from '../../src/core/tables/source-tables';
import type { SourceTableSpec, ValidationContext } from '../../src/core/tables/column-spec';
import type { RowIssue } from '../../src/core/errors';
import { copyToParquet, loadRows, openDuck } from '../../src/pipeline/duck';
import { discoverSources } from '../../src/pipeline/sources/discover';
import { readSourceTable } from '../../src/pipeline/read-source-table';
import { silentEffects } from '../../src/pipeline/effects';
import { DTSEN_AGREGAT_SQL, LINK_PENCAKER_SQL, loadStages } from '../../src/pipeline/snapshots/pencaker';
import { startStaging } from '../../src/pipeline/workers/stage-table';
import { stageRegisters } from '../../src/pipeline/snapshots/registers';
import { stageReference } from '../../src/pipeline/snapshots/reference';
import { kualitasRows } from '../../src/pipeline/snapshots/kualitas';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scratch: { type: 'string', default: 'bench-data/phases-scratch' } },
});
const sourceDir = resolve(positionals[0] ?? 'bench-data/pipeline-1000000/sumber');
const scratch = resolve(values.scratch!);

const MB = 2 ** 20;
interface Phase {
  phase: string;
  ms: number;
  rssMb: number;
  heapMb: number;
  peakRssMb: number;
}
const phases: Phase[] = [];
let mark = performance.now();
function done(phase: string, ms = performance.now() - mark) {
  const m = process.memoryUsage();
  phases.push({ phase, ms, rssMb: m.rss / MB, heapMb: m.heapUsed / MB, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  console.error(`  ${phase}: ${(ms / 1000).toFixed(2)} s, rss ${(m.rss / MB).toFixed(0)} MiB, heap ${(m.heapUsed / MB).toFixed(0)} MiB`);
  mark = performance.now();
}

/** A connection whose run() calls are timed one by one (SQL text shortened as the label). */
function timedConn(conn: DuckDBConnection, log: { sql: string; ms: number }[]): DuckDBConnection {
  return new Proxy(conn, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return async (sql: string, ...rest: unknown[]) => {
          const t = performance.now();
          const r = await (target.run as (...a: unknown[]) => Promise<unknown>).call(target, sql, ...rest);
          log.push({ sql: sql.replace(/\s+/g, ' ').trim().slice(0, 60), ms: performance.now() - t });
          return r;
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

const t0 = performance.now();
await rm(scratch, { recursive: true, force: true });
await mkdir(join(scratch, '.kerja'), { recursive: true });
const work = (name: string) => join(scratch, '.kerja', `${name}.ndjson`);
const stageCsv = (name: string) => join(scratch, '.kerja', `${name}.csv`);
const ctx: ValidationContext = { matchKelurahan: createKelurahanMatcher() };
const discovered = await discoverSources(sourceDir);
const allIssues: RowIssue[] = [];
const pathsOf = (name: string) => [...(discovered.byTable.get(name as never) ?? [])];

async function readTable<Row>(spec: SourceTableSpec<Row>): Promise<Row[]> {
  const r = await readSourceTable(spec, pathsOf(spec.name), ctx, {}, silentEffects);
  for (const i of r.issues) allIssues.push(i);
  return r.rows;
}

console.error(`Fase / phases for ${sourceDir}`);
mark = performance.now();
const staging = (['pencaker', 'dtsen'] as const).map((table) =>
  startStaging({ table, paths: pathsOf(table), mapping: {}, secret: DEMO_SECRET, file: stageCsv(table), measure: true }),
);
const outcomes = [];
for (const s of staging) outcomes.push(await s.done);
done('staging workers, pencaker ∥ DTSEN (wall time, both cores)');
for (const [i, table] of (['pencaker', 'dtsen'] as const).entries()) {
  const { result, timings: t } = outcomes[i];
  for (const x of result.issues) allIssues.push(x);
  const row = (phase: string, ms: number) => phases.push({ phase: `  ${table} worker: ${phase}`, ms, rssMb: NaN, heapMb: NaN, peakRssMb: NaN });
  row(`read file + decode + parse CSV (rest of the worker's time)`, t.total - t.validate - t.onRows);
  row(`validate (${result.rowsRead - result.rowsRejected} rows, ${result.issues.length} issues)`, t.validate);
  row('pseudonymise (HMAC; KK cached per run)', t.pseudonymise);
  row('staging CSV (map rows, encode, write)', t.onRows - t.pseudonymise);
  row('total', t.total);
}
mark = performance.now();
const perusahaan = await readTable(PERUSAHAAN);
ctx.companyIds = new Set(perusahaan.map((r) => r.id_perusahaan));
const lowongan = await readTable(LOWONGAN);
const validasi = await readTable(VALIDASI);
const pelatihan = await readTable(PELATIHAN);
const indikatorRead = await readTable(INDIKATOR);
const indikator = indikatorRead.length ? indikatorRead : PUBLISHED_INDICATORS;
const geometry = schematicGeometry();
done('small tables + schematic geometry');

const sqlLog: { sql: string; ms: number }[] = [];
const duck = await openDuck();
try {
  const conn = timedConn(duck.conn, sqlLog);
  await conn.run('SET threads = 2');
  await conn.run('SET preserve_insertion_order = false');
  mark = performance.now();
  await loadStages(conn, stageCsv('pencaker'), stageCsv('dtsen'));
  done('DuckDB read_csv of both staging files');
  mark = performance.now();
  await conn.run(LINK_PENCAKER_SQL);
  done('SQL: link pencaker ↔ DTSEN');
  await conn.run(DTSEN_AGREGAT_SQL);
  done('SQL: dtsen_agregat');
  await conn.run('DROP TABLE pencaker_stage');
  await conn.run('DROP TABLE dtsen_stage');
  await conn.run('SET preserve_insertion_order = true');
  await stageRegisters(conn, { perusahaan, lowongan, validasi, pelatihan, indikator }, work);
  await stageReference(conn, geometry, work);
  await loadRows(conn, 'kualitas', SNAPSHOT_TABLES.find((t) => t.name === 'kualitas')!.columns, kualitasRows(allIssues), work('kualitas'));
  done('registers, reference, kualitas staged');
  for (const def of SNAPSHOT_TABLES) {
    const cols = def.columns.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`).join(', ');
    await copyToParquet(conn, `SELECT ${cols} FROM ${def.name} ORDER BY ${def.orderBy.join(', ')}`, join(scratch, `${def.name}.parquet`));
    if (def.name === 'pencaker') done('Parquet: pencaker (ORDER BY + ZSTD)');
  }
  done('Parquet: the other tables');
  mark = performance.now();
  const hashAll = async () => {
    const { createHash } = await import('node:crypto');
    for (const def of SNAPSHOT_TABLES) createHash('sha256').update(await readFile(join(scratch, `${def.name}.parquet`))).digest('hex');
  };
  await hashAll();
  done('SHA-256 of the Parquet files');
} finally {
  duck.close();
}
await rm(scratch, { recursive: true, force: true });
const totalMs = performance.now() - t0;

console.log('\n| phase | time (s) | share | RSS after (MiB) | V8 heap after (MiB) | peak RSS so far (MiB) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
for (const p of phases) {
  console.log(`| ${p.phase} | ${f(p.ms / 1000, 2)} | ${f((100 * p.ms) / totalMs)} % | ${f(p.rssMb)} | ${f(p.heapMb)} | ${f(p.peakRssMb)} |`);
}
console.log(`| **total** | **${(totalMs / 1000).toFixed(1)}** | | | | **${(process.resourceUsage().maxRSS / 1024).toFixed(0)}** |`);
