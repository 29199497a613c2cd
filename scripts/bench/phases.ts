// npx tsx scripts/bench/phases.ts <sourceDir> [--scratch <dir>]
//
// Where the pipeline's time and memory go. Runs the same steps as buildSnapshot (build-snapshot.ts,
// buildInto) with the pipeline's own functions, in the same order, but times each phase and
// records RSS / V8 heap / the peak RSS so far after it:
//   read file → decode text → parse CSV → validate, per table; pseudonymise (HMAC time, measured
//   inside the staging); JS staging (row mapping + JSON.stringify + NDJSON write); DuckDB
//   read_json load; link SQL; aggregate SQL; Parquet COPY per table.
// A diagnostic, not the benchmark: bench-pipeline.ts measures the real buildSnapshot end to end.
// It writes Parquet into a scratch folder (default bench-data/phases-scratch) and removes it.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createKelurahanMatcher } from '../../src/core/normalise/region';
import { createPseudonymiser, DEMO_SECRET, type Pseudonymiser } from '../../src/core/linkage/pseudonym';
import { decodeText } from '../../src/core/normalise/text';
import { parseCsv } from '../../src/core/normalise/csv';
import { resolveHeader, validateRows } from '../../src/core/tables/validate';
import { schematicGeometry } from '../../src/core/geo';
import { PUBLISHED_INDICATORS } from '../../src/core/reference/published-indicators';
import { SNAPSHOT_TABLES } from '../../src/core/schema/snapshot';
import { DTSEN, INDIKATOR, LOWONGAN, PELATIHAN, PENCAKER, PERUSAHAAN, VALIDASI } from '../../src/core/tables/source-tables';
import type { SourceTableSpec, ValidationContext } from '../../src/core/tables/column-spec';
import type { RowIssue } from '../../src/core/errors';
import { copyToParquet, loadRows, openDuck } from '../../src/pipeline/duck';
import { discoverSources } from '../../src/pipeline/sources/discover';
import { nodeHmacSha256Hex } from '../../src/pipeline/node-hmac';
import { DTSEN_AGREGAT_SQL, LINK_PENCAKER_SQL, stageDtsen, stagePencaker } from '../../src/pipeline/snapshots/pencaker';
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

/** A pseudonymiser that adds its own running time to `acc.ms`. */
function timed(p: Pseudonymiser, acc: { ms: number }): Pseudonymiser {
  return (v) => {
    const t = performance.now();
    const out = p(v);
    acc.ms += performance.now() - t;
    return out;
  };
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
const ctx: ValidationContext = { matchKelurahan: createKelurahanMatcher() };
const discovered = await discoverSources(sourceDir);
const allIssues: RowIssue[] = [];

async function readTable<Row>(spec: SourceTableSpec<Row>): Promise<Row[]> {
  const out: Row[] = [];
  const seenKeys = new Set<string>();
  const big = spec.name === 'pencaker' || spec.name === 'dtsen';
  for (const path of discovered.byTable.get(spec.name as never) ?? []) {
    mark = performance.now();
    const bytes = await readFile(path);
    if (big) done(`${spec.name}: read file (${(bytes.length / MB).toFixed(0)} MiB)`);
    const { text } = decodeText(bytes);
    if (big) done(`${spec.name}: decode text`);
    const table = parseCsv(text);
    if (big) done(`${spec.name}: parse CSV (papaparse)`);
    const resolution = resolveHeader(spec, table.header, {});
    const v = validateRows(spec, path, resolution, table.rows, ctx, { rowNumbers: table.rowNumbers!, seenKeys });
    for (const r of v.rows) out.push(r);
    for (const i of v.issues) allIssues.push(i);
    if (big) done(`${spec.name}: validate (${v.rows.length} rows, ${v.issues.length} issues)`);
  }
  return out;
}

console.error(`Fase / phases for ${sourceDir}`);
const pencaker = await readTable(PENCAKER);
const dtsen = await readTable(DTSEN);
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
  for (const [name, stage] of [
    ['pencaker', (p: Pseudonymiser) => stagePencaker(conn, pencaker, p, work('pencaker'))],
    [
      'dtsen',
      (p: Pseudonymiser, q: Pseudonymiser) => stageDtsen(conn, dtsen, p, q, work('dtsen')),
    ],
  ] as const) {
    const hmac = { ms: 0 };
    const pNik = timed(createPseudonymiser(DEMO_SECRET, 'nik', nodeHmacSha256Hex), hmac);
    const pKk = timed(createPseudonymiser(DEMO_SECRET, 'kk', nodeHmacSha256Hex), hmac);
    sqlLog.length = 0;
    mark = performance.now();
    await stage(pNik, pKk);
    const total = performance.now() - mark;
    const load = sqlLog.reduce((s, x) => s + x.ms, 0);
    phases.push({ phase: `${name}: pseudonymise (HMAC, inside staging)`, ms: hmac.ms, rssMb: NaN, heapMb: NaN, peakRssMb: NaN });
    phases.push({ phase: `${name}: JS staging (map rows, JSON.stringify, NDJSON write)`, ms: total - load - hmac.ms, rssMb: NaN, heapMb: NaN, peakRssMb: NaN });
    done(`${name}: DuckDB read_json load`, load);
  }
  mark = performance.now();
  await conn.run(LINK_PENCAKER_SQL);
  done('SQL: link pencaker ↔ DTSEN');
  await conn.run(DTSEN_AGREGAT_SQL);
  done('SQL: dtsen_agregat');
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
