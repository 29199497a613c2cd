// npm run bench:pipeline [-- --scale N] — builds a snapshot from N synthetic job seekers (default
// 1,000,000) with matching DTSEN, and reports wall time and peak memory (max RSS of the build
// process, in MiB). A benchmark, not a test: write the result in docs/benchmarks.md with date and machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } } });
const scale = Number(values.scale);
const base = resolve('bench-data', `pipeline-${scale}`);
const source = join(base, 'sumber');
const out = join(base, 'snapshot');

if (!existsSync(join(source, 'truth.json'))) {
  console.log(`Membuat data sintetis / generating ${scale.toLocaleString('id-ID')} job seekers in ${source} …`);
  const g = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', 'demo-data', '--out', source, '--scale', String(scale)], { stdio: 'inherit' });
  if (g.status !== 0) process.exit(g.status ?? 1);
}

const loadBefore = loadavg();
console.log('Membangun snapshot / building the snapshot …');
const r = spawnSync('npx', ['tsx', 'scripts/bench/run-build.ts', source, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (r.status !== 0) {
  console.error(r.stdout);
  process.exit(r.status ?? 1);
}
const result = JSON.parse(r.stdout.trim().split('\n').pop()!);
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const rows = (t: string) => manifest.tables.find((x: { name: string }) => x.name === t).rows;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log('\nHasil / result:');
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${scale.toLocaleString('en')} AK1 rows → ${rows('pencaker').toLocaleString('en')} accepted; DTSEN ${manifest.sources.filter((s: { table: string }) => s.table === 'dtsen').reduce((a: number, s: { rows_read: number }) => a + s.rows_read, 0).toLocaleString('en')} rows | ${(result.ms / 1000).toFixed(1)} s | ${(result.maxRssKb / 1024).toFixed(0)} MiB |`);
const la = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' / ');
console.log(`Load average (1/5/15 min) before the build: ${la(loadBefore)}; after: ${la(loadavg())} (${cpus().length} cores; other work on the machine slows the run).`);
if (!values.keep) rmSync(out, { recursive: true, force: true });
