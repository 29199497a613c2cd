// npm run bench:load [-- --runs 10] [--warmup 1] [--snapshot <folder>] [--no-build] [--json <file>]
//
// Cold-load benchmark of the production build. Builds the app with the Vite JS API (plus a Vite
// manifest, switched on for this build only) into bench-data/load-dist/ — a private output folder,
// so a browser test building dist/ at the same time cannot pull files away — serves it on
// 127.0.0.1 (vite preview, free port), and opens it N times in headless Debian Chromium, each
// time with a brand-new profile (empty HTTP cache, empty code cache: a cold load). For each run it
// records, relative to navigation start (performance.timeOrigin), when
//   - the first KPI shows a value: [data-testid="kpi-pencakerAktifBulanan"] [data-testid="kpi-value"]
//     with a non-empty data-value;
//   - the overview is complete: 6 KPI values with non-empty data-value, 15 path.kelurahan-shape,
//     and an <svg> inside [data-testid="series-tpt"] and [data-testid="series-ak1"].
// A MutationObserver installed before any page script notes the moment the DOM first satisfies a
// condition ("DOM") and the moment the next animation frame runs after it ("frame", ≈ first paint;
// measured with performance.now() in the frame callback: its own timestamp is the frame's start,
// which can precede a DOM change made by a long task).
// It also reports bundle sizes (gzip level 9, node:zlib) and what the initial chunk is made of.
//
// --snapshot <folder>: open `?snapshot=<folder>` instead of the embedded demo. A folder inside the
// build output is used as it is; a folder elsewhere on disk (e.g. a kept bench:pipeline snapshot)
// is copied into the build output as `bench-snapshot/` first.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    snapshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'string' },
    out: { type: 'string', default: 'bench-data/load-dist' },
  },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const root = process.cwd();
const outDir = resolve(values.out!);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TARGET = { firstKpiMs: 1500, completeMs: 3000, initialJsGzipKb: 400 };
const KB = 1024;

// ---------------------------------------------------------------- build and bundle sizes

interface ChunkInfo {
  fileName: string;
  code: string;
  imports: string[];
  modules: Record<string, { code: string | null; renderedLength: number }>;
}
let chunks = new Map<string, ChunkInfo>();

if (!values['no-build']) {
  console.error(`Membangun aplikasi / building the app into ${relative(root, outDir)} …`);
  const t = performance.now();
  const result = await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  console.error(`  build: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  for (const o of outputs) {
    for (const item of o.output) {
      if (item.type === 'chunk') {
        chunks.set(item.fileName, { fileName: item.fileName, code: item.code, imports: item.imports, modules: item.modules });
      }
    }
  }
} else if (!existsSync(join(outDir, 'index.html'))) {
  throw new Error(`--no-build but ${outDir}/index.html does not exist`);
}

const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/** The JS the browser must fetch before the app runs: index.html's module script, its modulepreloads and their static imports. */
async function initialJs(): Promise<string[]> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]);
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  const manifest: Record<string, { file: string; imports?: string[] }> = existsSync(manifestPath)
    ? JSON.parse(await readFile(manifestPath, 'utf8'))
    : {};
  const byFile = new Map(Object.entries(manifest).map(([key, e]) => [e.file, { key, ...e }]));
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const k of byFile.get(file)?.imports ?? []) if (manifest[k]) visit(manifest[k].file);
    for (const i of chunks.get(file)?.imports ?? []) visit(i);
  };
  for (const r of refs) visit(r.replace(/^\.?\//, ''));
  return [...files];
}

/** Which package (or app folder) a module id belongs to. */
function owner(id: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0];
  const nm = clean.lastIndexOf(`node_modules${sep}`);
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split(sep);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = relative(root, clean);
  if (rel.startsWith('src')) {
    const parts = rel.split(sep);
    return parts.slice(0, parts[2] === 'components' ? 4 : 3).join('/').replace(/\.[a-z]+$/, '');
  }
  return rel.startsWith('..') ? basename(clean) : rel || clean;
}

const files = await walk(outDir);
const rel = (p: string) => relative(outDir, p).split(sep).join('/');
const assets = files.filter((p) => rel(p).startsWith('assets/'));
const sized = await Promise.all(
  assets.map(async (p) => {
    const buf = await readFile(p);
    return { file: rel(p), raw: buf.length, gzip: gz(buf) };
  }),
);
const initial = await initialJs();
const initialSet = new Set(initial);
const isJs = (f: string) => /\.m?js$/.test(f);
const isWorker = (f: string) => /worker/i.test(basename(f));
const sum = (xs: { raw: number; gzip: number }[]) => xs.reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip }), { raw: 0, gzip: 0 });
const initialSize = sum(sized.filter((s) => initialSet.has(s.file)));
const jsAll = sum(sized.filter((s) => isJs(s.file)));
const jsApp = sum(sized.filter((s) => isJs(s.file) && !isWorker(s.file)));
const css = sum(sized.filter((s) => s.file.endsWith('.css')));
const wasm = sized.filter((s) => s.file.endsWith('.wasm'));
const workers = sized.filter((s) => isJs(s.file) && isWorker(s.file));

const bundleLines: string[] = [];
const say = (l = '') => bundleLines.push(l);
say('### Bundle sizes');
say('');
say('| what | files | raw | gzip -9 | target |');
say('| --- | --- | ---: | ---: | --- |');
say(
  `| initial JS (index.html module script + static imports) | ${initial.map((f) => basename(f)).join(', ')} | ${kb(initialSize.raw)} | **${kb(initialSize.gzip)}** | < ${TARGET.initialJsGzipKb} KB gzip, excl. the DuckDB engine: ${initialSize.gzip / KB < TARGET.initialJsGzipKb ? 'met' : '**missed**'} |`,
);
say(`| all JS except workers | ${sized.filter((s) => isJs(s.file) && !isWorker(s.file)).length} files | ${kb(jsApp.raw)} | ${kb(jsApp.gzip)} | |`);
say(`| all JS incl. workers | ${sized.filter((s) => isJs(s.file)).length} files | ${kb(jsAll.raw)} | ${kb(jsAll.gzip)} | |`);
for (const w of workers) say(`| worker | ${basename(w.file)} | ${kb(w.raw)} | ${kb(w.gzip)} | |`);
for (const w of wasm) say(`| wasm | ${basename(w.file)} | ${kb(w.raw)} | ${kb(w.gzip)} | |`);
say(`| CSS | ${sized.filter((s) => s.file.endsWith('.css')).map((s) => basename(s.file)).join(', ')} | ${kb(css.raw)} | ${kb(css.gzip)} | |`);

// What the initial JS is made of (module code as rendered before minification, grouped by package).
if (chunks.size) {
  const groups = new Map<string, { rendered: number; code: string[] }>();
  for (const f of initial) {
    const c = chunks.get(f);
    if (!c) continue;
    for (const [id, m] of Object.entries(c.modules)) {
      const g = groups.get(owner(id)) ?? { rendered: 0, code: [] };
      g.rendered += m.renderedLength;
      if (m.code) g.code.push(m.code);
      groups.set(owner(id), g);
    }
  }
  const totalRendered = [...groups.values()].reduce((s, g) => s + g.rendered, 0);
  const rows = [...groups.entries()]
    .map(([name, g]) => ({ name, rendered: g.rendered, gzip: gz(g.code.join('\n')) }))
    .sort((a, b) => b.rendered - a.rendered);
  say('');
  say('### What the initial JS is made of');
  say('');
  say(
    'Module code as the bundler rendered it (tree-shaken, before minification), grouped by package; ' +
      '"est. share of gzip" scales the initial JS gzip size by each group\'s share of rendered bytes.',
  );
  say('');
  say('| package / folder | rendered (pre-minify) | share | est. share of gzip |');
  say('| --- | ---: | ---: | ---: |');
  for (const r of rows.slice(0, 20)) {
    say(`| ${r.name} | ${kb(r.rendered)} | ${((100 * r.rendered) / totalRendered).toFixed(1)} % | ≈ ${kb((initialSize.gzip * r.rendered) / totalRendered)} |`);
  }
  const rest = rows.slice(20);
  if (rest.length) {
    const r = rest.reduce((s, x) => s + x.rendered, 0);
    say(`| ${rest.length} others | ${kb(r)} | ${((100 * r) / totalRendered).toFixed(1)} % | ≈ ${kb((initialSize.gzip * r) / totalRendered)} |`);
  }
}

// ---------------------------------------------------------------- the snapshot to open

let snapshotParam: string | null = null;
let snapshotDir = join(outDir, 'demo');
if (values.snapshot) {
  const inside = join(outDir, values.snapshot);
  if (existsSync(join(inside, 'manifest.json'))) {
    snapshotParam = values.snapshot;
    snapshotDir = inside;
  } else if (existsSync(join(resolve(values.snapshot), 'manifest.json'))) {
    snapshotDir = join(outDir, 'bench-snapshot');
    await rm(snapshotDir, { recursive: true, force: true });
    await cp(resolve(values.snapshot), snapshotDir, { recursive: true });
    snapshotParam = 'bench-snapshot';
  } else {
    throw new Error(`--snapshot ${values.snapshot}: no manifest.json inside the build output or at that path`);
  }
}
const snapManifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8')) as {
  tables: { name: string; rows: number; bytes: number }[];
  files: { bytes: number }[];
};
const snapBytes = [...snapManifest.tables, ...snapManifest.files].reduce((s, f) => s + f.bytes, 0);
const pencakerRows = snapManifest.tables.find((t) => t.name === 'pencaker')?.rows ?? 0;

// ---------------------------------------------------------------- the cold loads

/**
 * Runs in the page before any of its scripts: notes when each condition first holds. Plain JS in a
 * string, because tsx would wrap named functions of a TS function in a helper the page lacks.
 */
const PROBE = `(() => {
  const probe = (window.__bench = {});
  const filled = (el) => (el.getAttribute('data-value') ?? '') !== '';
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (probe.firstKpi === undefined) {
      const el = document.querySelector('[data-testid="kpi-pencakerAktifBulanan"] [data-testid="kpi-value"]');
      if (el && filled(el)) {
        probe.firstKpi = now;
        requestAnimationFrame(() => (probe.firstKpiFrame = performance.now()));
      }
    }
    if (probe.complete === undefined) {
      const kpis = [...document.querySelectorAll('[data-testid^="kpi-"] [data-testid="kpi-value"][data-value]')].filter(filled);
      if (
        kpis.length >= 6 &&
        document.querySelectorAll('path.kelurahan-shape').length >= 15 &&
        document.querySelector('[data-testid="series-tpt"] svg') &&
        document.querySelector('[data-testid="series-ak1"] svg')
      ) {
        probe.complete = now;
        requestAnimationFrame(() => (probe.completeFrame = performance.now()));
        observer.disconnect();
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'class'] });
})();`;

interface Run {
  firstKpi: number;
  firstKpiFrame: number;
  complete: number;
  completeFrame: number;
  domContentLoaded: number;
  load: number;
  bytes: number;
  requests: number;
  foreign: number;
  errors: string[];
  /** When the first file of each kind started downloading and the last one finished (ms from navigation start; worker fetches included). */
  milestones: Record<string, { start: number; end: number }>;
}

/** Resource timing entries in page time: [url, startTime, responseEnd]. */
type Res = [string, number, number];

/** Group a run's downloads into milestones: earliest startTime and latest responseEnd of each kind of file. */
function milestones(res: Res[]): Record<string, { start: number; end: number }> {
  const kinds: [string, RegExp][] = [
    ['entry JS + CSS', /\/assets\/index-[^/]+\.(js|css)$/],
    ['parquet-wasm .wasm', /parquet_wasm[^/]*\.wasm$/],
    ['DuckDB worker JS', /duckdb-browser-[^/]*worker[^/]*\.js$/],
    ['DuckDB .wasm', /duckdb-(eh|mvp)[^/]*\.wasm$/],
    ['snapshot manifest.json', /manifest\.json$/],
    ['snapshot .parquet + .geojson', /\.(parquet|geojson)$/],
  ];
  const out: Record<string, { start: number; end: number }> = {};
  for (const [kind, re] of kinds) {
    const hits = res.filter(([u]) => re.test(new URL(u).pathname));
    // The worker's own script is reported in the worker's timeline, whose origin is set after that
    // fetch began: its start can come out later than its end, so a start is never after its end.
    if (hits.length) out[kind] = { start: Math.min(...hits.map((h) => Math.min(h[1], h[2]))), end: Math.max(...hits.map((h) => h[2])) };
  }
  return out;
}

let server: PreviewServer | undefined;
const runs: Run[] = [];
const loadBefore = loadavg();
let chromiumVersion = '';
try {
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('preview server has no local URL');
  const url = snapshotParam ? `${base}?snapshot=${encodeURIComponent(snapshotParam)}` : base;
  console.error(`Melayani / serving ${url}; ${WARMUP} warm-up + ${RUNS} cold loads in ${CHROMIUM}`);

  for (let i = 0; i < WARMUP + RUNS; i++) {
    const profile = await mkdtemp(join(tmpdir(), 'sk-bench-load-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1366, height: 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
    });
    try {
      chromiumVersion ||= context.browser()?.version() ?? '';
      let foreign = 0;
      await context.route(
        (u) => u.hostname !== '127.0.0.1' && u.protocol.startsWith('http'),
        (route) => {
          foreign++;
          return route.abort();
        },
      );
      await context.addInitScript(PROBE);
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const workers: import('playwright-core').Worker[] = [];
      page.on('worker', (w) => workers.push(w));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction('window.__bench !== undefined && window.__bench.completeFrame !== undefined', undefined, {
        timeout: 120_000,
        polling: 100,
      });
      const r = await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource');
        return {
          ...window.__bench,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
          load: nav ? nav.loadEventEnd : NaN,
          bytes: (nav ? nav.transferSize : 0) + res.reduce((s, x) => s + x.transferSize, 0),
          requests: res.length + 1,
          origin: performance.timeOrigin,
          res: res.map((e) => [e.name, e.startTime, e.responseEnd]),
        };
      })()`) as Omit<Run, 'foreign' | 'errors' | 'milestones'> & { origin: number; res: Res[] };
      // Worker downloads (DuckDB's wasm) are in the worker's own timeline: shift them to page time.
      const all: Res[] = [...r.res];
      for (const w of workers) {
        const wr = (await w
          .evaluate(`({ origin: performance.timeOrigin, res: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd]) })`)
          .catch(() => null)) as { origin: number; res: Res[] } | null;
        if (wr) for (const [u, a, b] of wr.res) all.push([u, a + wr.origin - r.origin, b + wr.origin - r.origin]);
        // The worker script itself is fetched by the page; its entry is already in r.res.
      }
      const { origin: _o, res: _r, ...rest } = r;
      const run: Run = { ...rest, foreign, errors, milestones: milestones(all) };
      if (i >= WARMUP) runs.push(run);
      console.error(
        `  ${i < WARMUP ? 'warm-up' : `run ${i - WARMUP + 1}`}: first KPI ${run.firstKpiFrame.toFixed(0)} ms, ` +
          `overview ${run.completeFrame.toFixed(0)} ms${errors.length ? `, ${errors.length} console errors` : ''}`,
      );
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
} finally {
  if (server) await new Promise<void>((r) => server!.httpServer.close(() => r()));
  if (snapshotParam === 'bench-snapshot') await rm(join(outDir, 'bench-snapshot'), { recursive: true, force: true });
}

// ---------------------------------------------------------------- report

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile: with 10 runs p95 is the slowest run. */
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x: number) => `${Math.round(x)} ms`;
const col = (k: keyof Run) => runs.map((r) => r[k] as number);

const lines: string[] = [];
const out = (l = '') => lines.push(l);
out(`## bench:load — ${new Date().toISOString().slice(0, 10)}`);
out('');
out(
  `Chromium ${chromiumVersion}, headless, new profile per run; ${RUNS} runs after ${WARMUP} warm-up; ` +
    `snapshot ${snapshotParam ?? 'demo'} (${pencakerRows.toLocaleString('en')} pencaker rows, ${(snapBytes / KB).toFixed(0)} KB of files). ` +
    `Load average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(1)).join(' / ')}, after: ${loadavg().map((x) => x.toFixed(1)).join(' / ')}.`,
);
out('');
out('| measure (from navigation start) | median | p95 | min | max | target |');
out('| --- | ---: | ---: | ---: | ---: | --- |');
const verdict = (x: number, t: number) => (x < t ? `< ${t} ms: met` : `< ${t} ms: **missed**`);
for (const [label, key, target] of [
  ['first KPI value (frame)', 'firstKpiFrame', TARGET.firstKpiMs],
  ['first KPI value (DOM)', 'firstKpi', TARGET.firstKpiMs],
  ['overview complete (frame)', 'completeFrame', TARGET.completeMs],
  ['overview complete (DOM)', 'complete', TARGET.completeMs],
  ['DOMContentLoaded', 'domContentLoaded', 0],
  ['load event', 'load', 0],
] as const) {
  const xs = col(key);
  out(`| ${label} | ${ms(median(xs))} | ${ms(pct(xs, 95))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${target ? verdict(median(xs), target) + ' (median), ' + (pct(xs, 95) < target ? 'p95 met' : 'p95 **missed**') : ''} |`);
}
out('');
out('| run | first KPI (frame) | overview complete (frame) | DOMContentLoaded | requests (page) | transferred (page) | console errors | foreign requests |');
out('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
runs.forEach((r, i) =>
  out(
    `| ${i + 1} | ${ms(r.firstKpiFrame)} | ${ms(r.completeFrame)} | ${ms(r.domContentLoaded)} | ${r.requests} | ${(r.bytes / KB).toFixed(0)} KB | ${r.errors.length} | ${r.foreign} |`,
  ),
);
out('');
const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.milestones)))];
out('Where the time goes (median over the runs, ms from navigation start; downloads include those made by the DuckDB worker; "finished" is the responseEnd of the last file of that kind):');
out('');
out('| step | started | finished | finished min | finished max |');
out('| --- | ---: | ---: | ---: | ---: |');
const steps: [string, number[], number[]][] = [
  ...kinds.map((k) => {
    const have = runs.filter((r) => r.milestones[k]);
    return [`download: ${k}`, have.map((r) => r.milestones[k].start), have.map((r) => r.milestones[k].end)] as [string, number[], number[]];
  }),
  ['DOMContentLoaded', [], col('domContentLoaded')],
  ['first KPI value (frame)', [], col('firstKpiFrame')],
  ['overview complete (frame)', [], col('completeFrame')],
];
steps.sort((a, b) => median(a[2]) - median(b[2]));
for (const [k, starts, ends] of steps) {
  if (ends.length) out(`| ${k} | ${starts.length ? ms(median(starts)) : ''} | ${ms(median(ends))} | ${ms(Math.min(...ends))} | ${ms(Math.max(...ends))} |`);
}
out('');
lines.push(...bundleLines);
console.log(lines.join('\n'));

if (values.json) {
  const { writeFile, mkdir } = await import('node:fs/promises');
  await mkdir(dirname(resolve(values.json)), { recursive: true });
  await writeFile(
    values.json,
    JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, snapshot: snapshotParam ?? 'demo', runs, sizes: sized, initial }, null, 2),
  );
}
