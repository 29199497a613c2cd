// npm run bench:views [-- --clicks 30] [--only demo|1m] [--view <name>] [--detail] [--pause ms] — for each analysis view,
// the time from a filter click until every chart has updated: the frame that paints the last DOM
// change inside <main> (found once no query on screen runs and nothing has changed for 300 ms),
// median and p95 over N clicks, in headless Chromium on the production build, on the demo snapshot
// and on a 1-million-job-seeker snapshot (built from `demo-data --scale 1000000` when missing).
// A benchmark, not a test: results go to docs/benchmarks.md with date and machine.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { openBrowser } from '../tests/support/browser';
import { buildSnapshot } from '../src/pipeline/build-snapshot';
import { DEMO_SECRET } from '../src/core/linkage/pseudonym';

const { values } = parseArgs({
  options: {
    clicks: { type: 'string', default: '30' },
    only: { type: 'string' },
    view: { type: 'string' },
    detail: { type: 'boolean' },
    pause: { type: 'string', default: '1000' },
  },
});
const CLICKS = Number(values.clicks);
// a person looks at the changed charts before the next click; the app uses such pauses to read
// likely next states (drill targets, cubes) in the background. --pause 0 clicks back to back.
const PAUSE = Number(values.pause);
const CROSS_FILTER_DIMS = new Set(['jk', 'umur', 'pend', 'kbji', 'desil', 'durasi', 'skill', 'kbli']);
const VIEWS = values.view ? [values.view] : ['pengangguran', 'irisan-kemiskinan', 'validasi', 'kesenjangan'];
const BIG_SOURCE = resolve('bench-data/pipeline-1000000/sumber');
// reuse the snapshot bench:pipeline kept (--keep), else build one
const BIG_SNAPSHOT = existsSync(resolve('bench-data/pipeline-1000000/snapshot-kept/manifest.json'))
  ? resolve('bench-data/pipeline-1000000/snapshot-kept')
  : resolve('bench-data/pipeline-1000000/snapshot-views');

async function ensureBigSnapshot() {
  if (existsSync(join(BIG_SNAPSHOT, 'manifest.json'))) return;
  if (!existsSync(join(BIG_SOURCE, 'truth.json'))) {
    const g = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', 'demo-data', '--out', BIG_SOURCE, '--scale', '1000000'], { stdio: 'inherit' });
    if (g.status !== 0) throw new Error('demo-data --scale 1000000 failed');
  }
  console.log('Membangun snapshot 1 juta / building the 1M snapshot …');
  await buildSnapshot({ sourceDir: BIG_SOURCE, outDir: BIG_SNAPSHOT, secret: DEMO_SECRET, demo: true }, { log: () => {}, now: () => new Date() });
}

function quantile(sorted: number[], q: number) {
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function main() {
  const root = resolve('.');
  const outDir = await mkdtemp(join(tmpdir(), 'sk-bench-views-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const snapshots: Array<{ label: string; folder: string }> = [];
  if (values.only !== '1m') snapshots.push({ label: 'demo', folder: 'demo/' });
  if (values.only !== 'demo') {
    await ensureBigSnapshot();
    await cp(BIG_SNAPSHOT, join(outDir, 'bench-1m'), { recursive: true });
    snapshots.push({ label: '1 juta pencaker', folder: 'bench-1m/' });
  }
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir } });
  const base = server.resolvedUrls!.local[0];
  const rows: string[] = [];
  try {
    for (const snap of snapshots) {
      const session = await openBrowser();
      const page = session.page;
      // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one
      await page.addInitScript('globalThis.__name = (f) => f;');
      try {
        for (const view of VIEWS) {
          await page.goto(`${base}?snapshot=${snap.folder}#/${view}`);
          await page.waitForSelector(`main[data-busy="false"] [data-testid^="bar-"]`, { timeout: 180_000 });
          await page.waitForFunction(() => document.querySelector('main')?.dataset.busy === 'false', undefined, { timeout: 180_000 });
          // toggle buttons by cross-filter dimension: select v1, v1+v2, …, then deselect in the same order
          const ids = await page.$$eval('[data-testid^="bar-"]', (els) => els.map((e) => e.getAttribute('data-testid')!));
          const byDim = new Map<string, string[]>();
          for (const id of ids) {
            const dim = id.split('-')[1];
            // area bars drill down (a navigation, not a cross-filter): leave them out
            if (!CROSS_FILTER_DIMS.has(dim)) continue;
            byDim.set(dim, [...(byDim.get(dim) ?? []), `[data-testid="${id}"]`]);
          }
          const plan: string[] = [];
          while (plan.length < CLICKS && byDim.size) {
            for (const list of byDim.values()) {
              if (plan.length >= CLICKS) break;
              plan.push(...list, ...list);
            }
          }
          // Validasi has no cross-filter bars: its filter is the area (city -> kecamatan -> kelurahan -> city)
          if (view === 'validasi') {
            const kels = await page.$$eval('path.kelurahan-shape[data-kode]', (els) => els.map((e) => e.getAttribute('data-kode')!));
            while (plan.length < CLICKS && kels.length) {
              for (const kel of kels) {
                plan.push(`[data-testid="progress-${kel.slice(0, 8)}"] button`, `[data-testid="progress-${kel}"] button`, '[data-testid="drill-kota"] button');
              }
            }
          }
          const times: number[] = [];
          const queryWalls: number[] = [];
          const queryCounts: number[] = [];
          for (const id of plan.slice(0, CLICKS)) {
            if (PAUSE > 0) await page.waitForTimeout(PAUSE);
            const ms = await page.evaluate(async (selector) => {
              const main = document.querySelector('main')!;
              const btn = document.querySelector(selector) as HTMLElement | null;
              if (!btn) return { total: NaN, queries: 0, queryWall: NaN, detail: '' };
              const log = ((globalThis as { __simpulKerjaQueryTimings?: Array<{ start: number; ms: number; label?: string }> }).__simpulKerjaQueryTimings ??= []);
              // every DOM change inside <main> (charts, map, numbers) and every frame, timed
              let lastChange = 0;
              let lastTarget = '';
              const describe = (n: Node) => {
                const el = (n.nodeType === 1 ? n : n.parentElement) as Element | null;
                const owner = el?.closest('[data-testid]');
                return `${el?.tagName.toLowerCase() ?? '?'}${el?.getAttribute('class') ? '.' + el.getAttribute('class')!.split(' ')[0] : ''} in ${owner?.getAttribute('data-testid') ?? 'main'}`;
              };
              const observer = new MutationObserver((records) => {
                lastChange = performance.now();
                lastTarget = describe(records[records.length - 1].target);
              });
              observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
              const frames: number[] = [];
              let looping = true;
              const loop = () => {
                frames.push(performance.now());
                if (looping) requestAnimationFrame(loop);
              };
              requestAnimationFrame(loop);
              const t0 = performance.now();
              btn.click();
              // done = no query on screen running and no DOM change for QUIET ms
              const QUIET = 300;
              await new Promise<void>((res) => {
                const check = () => {
                  const now = performance.now();
                  if (main.dataset.busy !== 'true' && now - Math.max(lastChange, t0) >= QUIET) return res();
                  if (now - t0 > 20_000) return res(); // never quiet: the row's max shows it
                  setTimeout(check, 20);
                };
                setTimeout(check, 20);
              });
              looping = false;
              observer.disconnect();
              // the frame that painted the last change (a change seen in a frame callback is painted by it)
              const painted = frames.find((f) => f >= lastChange) ?? performance.now();
              // by time, not index: the log is bounded and drops its oldest entries
              const mine = log.filter((q) => q.start >= t0);
              const end = mine.reduce((m, q) => Math.max(m, q.start + q.ms), t0);
              return {
                detail:
                  `last change +${(lastChange - t0).toFixed(0)} (${lastTarget}); ` +
                  mine.map((q) => `${q.label ?? '?'} +${(q.start - t0).toFixed(0)}→${(q.start + q.ms - t0).toFixed(0)}`).join(', '),
                total: (lastChange > t0 ? painted : performance.now()) - t0,
                queries: mine.length,
                // wall time from the click until the last query answered (queries run one at a time in the worker)
                queryWall: end - t0,
              };
            }, id);
            if (values.detail) console.log(`  ${id}: ${ms.total.toFixed(0)} ms; ${ms.detail}`);
            if (Number.isFinite(ms.total)) {
              times.push(ms.total);
              queryWalls.push(ms.queryWall);
              queryCounts.push(ms.queries);
            }
          }
          const s = [...times].sort((a, b) => a - b);
          const qs = [...queryWalls].sort((a, b) => a - b);
          const meanQueries = queryCounts.reduce((a, b) => a + b, 0) / Math.max(1, queryCounts.length);
          // clicks answered wholly from the cache are fast by design; show the clicks that asked DuckDB apart
          const queried = times.filter((_, i) => queryCounts[i] > 0).sort((a, b) => a - b);
          const q95 = queried.length ? `${quantile(queried, 0.95).toFixed(0)} ms (${queried.length})` : '–';
          const row = `| ${view} | ${snap.label} | ${times.length} | ${quantile(s, 0.5).toFixed(0)} ms | ${quantile(s, 0.95).toFixed(0)} ms | ${s[s.length - 1].toFixed(0)} ms | ${q95} | ${meanQueries.toFixed(1)} | ${quantile(qs, 0.5).toFixed(0)} ms |`;
          console.log(row);
          rows.push(row);
        }
        if (session.foreignRequests.length) console.warn('PERINGATAN: permintaan ke host lain:', session.foreignRequests);
      } finally {
        await session.close();
      }
    }
  } finally {
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    await rm(outDir, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`\n${new Date().toISOString().slice(0, 10)} · ${machine}`);
  console.log(
    '| view | snapshot | clicks | median | p95 | max | p95 of clicks that queried (n) | queries per click | median until last query answered |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
