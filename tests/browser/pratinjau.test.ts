import { afterEach, beforeAll, afterAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { eventually, openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';
import {
  lowonganTerbukaBulanan,
  pencakerAktifBulanan,
  pencakerAktifPerKelurahan,
  pencakerMiskinBulanan,
  penempatanBulanan,
  serapanLokal,
  validasiProgresBulanan,
} from '../../src/core/indicators';
import type { AreaPeriodParams, IndicatorDef } from '../../src/core/indicators/types';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';

/**
 * The overview's precomputed numbers (`pratinjau.json`): shown before DuckDB-wasm has started, and
 * equal to the indicator SQL run in Node on the same snapshot. DuckDB's engine download is held
 * back with a route, so "before DuckDB is ready" is certain rather than a race.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');

const MONTHLY: IndicatorDef<AreaPeriodParams, { bulan: string; nilai: number | null }>[] = [
  pencakerAktifBulanan,
  penempatanBulanan,
  lowonganTerbukaBulanan,
  pencakerMiskinBulanan,
  validasiProgresBulanan,
] as never;
const KPI_IDS = [...MONTHLY.map((d) => d.id), serapanLokal.id];

let db: SnapshotDb;
let manifest: SnapshotManifest;
let latest: string;
let session: BrowserSession | undefined;

beforeAll(async () => {
  manifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8'));
  latest = manifest.periode.akhir.slice(0, 7);
  db = await openSnapshotDb(snapshotDir);
});

afterAll(() => db?.close());

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function expected(params: AreaPeriodParams): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const def of MONTHLY) out[def.id] = (await queryIndicator(db, def, params)).find((r) => r.bulan === params.periode)?.nilai ?? null;
  out[serapanLokal.id] = (await queryIndicator(db, serapanLokal, params))[0]?.nilai ?? null;
  return out;
}

/** The six KPI values on screen right now (null for a card without a value). */
async function shownKpis(s: BrowserSession): Promise<Record<string, number | null>> {
  return s.page.evaluate((ids) => {
    const out: Record<string, number | null> = {};
    for (const id of ids) {
      const raw = document.querySelector<HTMLElement>(`[data-testid="kpi-${id}"] [data-testid="kpi-value"]`)?.dataset.value;
      out[id] = raw === undefined || raw === '' ? null : Number(raw);
    }
    return out;
  }, KPI_IDS);
}

function expectClose(shown: Record<string, number | null>, want: Record<string, number | null>) {
  for (const [id, v] of Object.entries(want)) {
    if (v === null) expect(shown[id], id).toBeNull();
    else expect(shown[id], id).toBeCloseTo(v, 6);
  }
}

/** Hold every DuckDB-wasm engine download until `release()`; count the held requests. */
async function holdDuckDb(s: BrowserSession) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const held: string[] = [];
  await s.context.route(/duckdb-(eh|mvp)[^/]*\.wasm$/, async (route: Route) => {
    held.push(route.request().url());
    await released;
    await route.continue().catch(() => undefined);
  });
  return { release, held };
}

const waitForSixKpis = (s: BrowserSession) =>
  s.page.waitForFunction(
    () => document.querySelectorAll('[data-testid^="kpi-"] [data-testid="kpi-value"][data-value]:not([data-value=""])').length >= 6,
    undefined,
    { timeout: 60_000 },
  );

/** DuckDB is ready once the progress note of the preview has gone. */
const waitForReady = (s: BrowserSession) =>
  s.page.locator('[data-testid="loading-strip"]').waitFor({ state: 'detached', timeout: 90_000 });

describe('overview preview (pratinjau.json)', () => {
  it('shows the six KPIs and the map from the preview while DuckDB is held back, equal to the SQL in Node', async () => {
    session = await openBrowser();
    const duck = await holdDuckDb(session);
    await session.page.goto(baseUrl);
    await waitForSixKpis(session);
    // DuckDB cannot have started: its engine is still held (and has been asked for)
    await expect.poll(() => duck.held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await session.page.locator('[data-testid="loading-strip"]').isVisible()).toBe(true);
    expectClose(await shownKpis(session), await expected({ periode: latest }));
    expect(await session.page.locator('[data-testid="demo-badge"]').count()).toBe(1);

    // the map and its list are drawn from the preview too
    await expect.poll(() => session!.page.locator('path.kelurahan-shape').count(), { timeout: 30_000 }).toBe(15);
    const rows = await queryIndicator(db, pencakerAktifPerKelurahan, { periode: latest });
    for (const r of rows) {
      const text = (await session.page.locator(`tr[data-kode="${r.kode_kelurahan}"]`).textContent())?.replace(/\s+/g, ' ') ?? '';
      expect(text, r.kode_kelurahan).toContain(r.nilai.toLocaleString('id-ID'));
    }
    // both series charts render before DuckDB, from the preview
    await session.page.locator('[data-testid="series-tpt"] svg').first().waitFor({ timeout: 30_000 });
    await session.page.locator('[data-testid="series-ak1"] svg').first().waitFor({ timeout: 30_000 });
    expect(duck.held.length).toBeGreaterThan(0);

    duck.release();
    await waitForReady(session);
    expectClose(await shownKpis(session), await expected({ periode: latest }));
    expect(session.foreignRequests).toEqual([]);
  });

  it('a period chosen before DuckDB is ready shows the loading state, then the SQL numbers for that period', async () => {
    session = await openBrowser();
    const duck = await holdDuckDb(session);
    await session.page.goto(baseUrl);
    await waitForSixKpis(session);
    const months = await db.query<{ bulan: string }>(`SELECT DISTINCT strftime(tanggal_daftar, '%Y-%m') AS bulan FROM pencaker ORDER BY 1`);
    const periode = months[Math.max(0, months.length - 4)].bulan;
    expect(periode).not.toBe(latest);
    const want = await expected({ periode });
    const atLatest = await expected({ periode: latest });
    expect(want[pencakerAktifBulanan.id]).not.toBe(atLatest[pencakerAktifBulanan.id]);

    await session.page.locator('select[name="periode"]').selectOption(periode);
    await expect.poll(() => session!.page.url()).toContain(`periode=${periode}`);
    // not precomputed: no number (in particular not the latest month's) until DuckDB answers
    await eventually(async () => {
      const shown = await shownKpis(session!);
      for (const def of MONTHLY) expect(shown[def.id], def.id).toBeNull();
    }, 10_000);
    expect(await session.page.locator('[data-testid="kpi-pencakerAktifBulanan"] .status-panel--loading').count()).toBe(1);
    expect(duck.held.length).toBeGreaterThan(0);

    duck.release();
    await waitForReady(session);
    await eventually(async () => expectClose(await shownKpis(session!), want), 60_000);

    // and back to the default period: the preview's numbers, still equal to the SQL
    await session.page.locator('select[name="periode"]').selectOption(latest);
    await eventually(async () => expectClose(await shownKpis(session!), atLatest), 60_000);
  });

  it('ignores a preview whose bytes do not match the manifest hash, and shows the SQL numbers', async () => {
    session = await openBrowser();
    const duck = await holdDuckDb(session);
    const real = JSON.parse(await readFile(join(snapshotDir, 'pratinjau.json'), 'utf8'));
    for (const e of real.entries) for (const r of e.rows) if (typeof r.nilai === 'number') r.nilai += 1;
    await session.context.route(/\/demo\/pratinjau\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(real) }),
    );
    await session.page.goto(baseUrl);
    await session.page.locator('[data-testid="loading-strip"]').waitFor({ timeout: 60_000 });
    await session.page.locator('[data-testid="kpi-pencakerAktifBulanan"] .status-panel--loading').waitFor();
    expect((await shownKpis(session))[pencakerAktifBulanan.id]).toBeNull();
    duck.release();
    await waitForSixKpis(session);
    expectClose(await shownKpis(session), await expected({ periode: latest }));
  });

  it('loads a snapshot without pratinjau.json (older pipeline): the overview waits for DuckDB, then shows the SQL numbers', async () => {
    session = await openBrowser();
    const duck = await holdDuckDb(session);
    const { pratinjau: _dropped, ...older } = manifest;
    expect(_dropped).toBeDefined();
    const asked: string[] = [];
    await session.context.route(/\/demo\/manifest\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(older) }),
    );
    session.page.on('request', (r) => {
      if (r.url().includes('pratinjau')) asked.push(r.url());
    });
    await session.page.goto(baseUrl);
    // the page frame is there (filters, loading cards) but no KPI value until DuckDB runs
    await session.page.locator('[data-testid="loading-strip"]').waitFor({ timeout: 60_000 });
    await session.page.locator('select[name="periode"]').waitFor();
    await session.page.locator('[data-testid="kpi-pencakerAktifBulanan"] .status-panel--loading').waitFor();
    expect(Object.values(await shownKpis(session)).every((v) => v === null)).toBe(true);
    duck.release();
    await waitForSixKpis(session);
    expectClose(await shownKpis(session), await expected({ periode: latest }));
    expect(asked).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
