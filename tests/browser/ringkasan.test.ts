import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, type SnapshotDb } from '../support/snapshot-db';
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
 * The overview in a real Chromium against the production build on 127.0.0.1, with every number
 * on screen compared to the same indicator SQL run in Node (@duckdb/node-api) on the same snapshot.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');
const OUT = 'test-output/browser';

const MONTHLY_KPIS: IndicatorDef<AreaPeriodParams, { bulan: string; nilai: number | null }>[] = [
  pencakerAktifBulanan,
  penempatanBulanan,
  lowonganTerbukaBulanan,
  pencakerMiskinBulanan,
  validasiProgresBulanan,
] as never;

let session: BrowserSession;
let db: SnapshotDb;
let manifest: SnapshotManifest;
let latest: string;

async function expected(params: AreaPeriodParams): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const def of MONTHLY_KPIS) {
    const q = def.sql(params);
    const rows = await db.query<{ bulan: string; nilai: number | null }>(q.sql, q.params);
    out[def.id] = rows.find((r) => r.bulan === params.periode)?.nilai ?? null;
  }
  const q = serapanLokal.sql(params);
  out[serapanLokal.id] = (await db.query<{ nilai: number | null }>(q.sql, q.params))[0]?.nilai ?? null;
  return out;
}

async function shownKpis(): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const id of [...MONTHLY_KPIS.map((d) => d.id), serapanLokal.id]) {
    const v = session.page.locator(`[data-testid="kpi-${id}"] [data-testid="kpi-value"]`);
    await v.waitFor();
    await session.page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLElement | null)?.dataset.value !== undefined,
      `[data-testid="kpi-${id}"] [data-testid="kpi-value"]`,
    );
    const raw = await v.getAttribute('data-value');
    out[id] = raw === '' || raw === null ? null : Number(raw);
  }
  return out;
}

function expectClose(shown: Record<string, number | null>, want: Record<string, number | null>) {
  for (const [id, v] of Object.entries(want)) {
    if (v === null) expect(shown[id], id).toBeNull();
    else expect(shown[id], id).toBeCloseTo(v, 6);
  }
}

async function waitForOverview() {
  await session.page.locator('[data-testid="page-ringkasan"]').waitFor({ timeout: 60_000 });
  await session.page.waitForFunction(
    () => document.querySelectorAll('[data-testid^="kpi-"] [data-testid="kpi-value"][data-value]:not([data-value=""])').length >= 6,
    undefined,
    { timeout: 60_000 },
  );
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  manifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8'));
  latest = manifest.periode.akhir.slice(0, 7);
  db = await openSnapshotDb(snapshotDir);
  session = await openBrowser();
});

afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('Ringkasan (overview) on the demo snapshot', () => {
  it('shows every KPI with the same numbers as the SQL in Node, the demo badge and the data vintage', async () => {
    await session.page.goto(baseUrl);
    await waitForOverview();
    expectClose(await shownKpis(), await expected({ periode: latest }));
    await expect(session.page.locator('[data-testid="demo-badge"]').textContent()).resolves.toMatch(/DATA SIMULASI/);
    const vintage = await session.page.locator('[data-testid="data-vintage"]').textContent();
    expect(vintage).toMatch(/\d{4}/);
    // shown in id-ID format: thousands grouped with '.', e.g. '14.243 orang'
    const want = (await expected({ periode: latest }))[pencakerAktifBulanan.id]!;
    expect(want).toBeGreaterThan(999);
    const text = await session.page.locator('[data-testid="kpi-pencakerAktifBulanan"] [data-testid="kpi-value"]').textContent();
    expect(text).toContain(`${Math.floor(want / 1000)}.${String(want % 1000).padStart(3, '0')}`);
    await session.page.screenshot({ path: join(OUT, 'ringkasan.png'), fullPage: true });
  });

  it('draws 15 kelurahan shapes, the legend and the schematic note, with map values from the SQL', async () => {
    const shapes = session.page.locator('path.kelurahan-shape');
    await expect.poll(() => shapes.count(), { timeout: 30_000 }).toBe(15);
    await session.page.locator('[data-testid="map-legend"]').waitFor();
    if (manifest.geometry.kind === 'schematic') await session.page.locator('[data-testid="schematic-note"]').waitFor();
    const q = pencakerAktifPerKelurahan.sql({ periode: latest });
    const rows = await db.query<{ kode_kelurahan: string; nilai: number }>(q.sql, q.params);
    expect(rows).toHaveLength(15);
    // the keyboard-accessible list beside the map carries the same numbers
    for (const r of rows) {
      const cell = session.page.locator(`tr[data-kode="${r.kode_kelurahan}"]`);
      await expect.poll(async () => (await cell.textContent())?.replace(/\s+/g, ' ') ?? '').toContain(r.nilai.toLocaleString('id-ID'));
    }
  });

  it('shows the BPS TPT and the AK1 registration series side by side with definitions', async () => {
    const panel = session.page.locator('[data-testid="bps-disnaker-panel"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toMatch(/Sakernas/);
    expect(text).toMatch(/AK1/);
    await session.page.locator('[data-testid="series-tpt"] svg').first().waitFor();
    await session.page.locator('[data-testid="series-ak1"] svg').first().waitFor();
  });

  it('keeps filters in the URL: a link reproduces the view, and a map click sets the kelurahan', async () => {
    const months = await db.query<{ bulan: string }>(
      `SELECT DISTINCT strftime(tanggal_daftar, '%Y-%m') AS bulan FROM pencaker ORDER BY 1`,
    );
    const periode = months[Math.max(0, months.length - 7)].bulan;
    const params: AreaPeriodParams = { periode, kecamatan: '64.74.02' };
    await session.page.goto(`${baseUrl}#/?periode=${periode}&kec=64.74.02`);
    await waitForOverview();
    await expect.poll(() => session.page.locator('select[name="periode"]').inputValue()).toBe(periode);
    expect(await session.page.locator('select[name="kec"]').inputValue()).toBe('64.74.02');
    await expect.poll(async () => (await shownKpis())[pencakerAktifBulanan.id], { timeout: 30_000 }).toBe(
      (await expected(params))[pencakerAktifBulanan.id],
    );
    expectClose(await shownKpis(), await expected(params));

    // click Lok Tuan on the map: the URL gains kel (and its kecamatan), the KPIs follow
    await session.page.locator('path.kelurahan-shape[data-kode="64.74.01.1003"]').dispatchEvent('click');
    await expect.poll(() => session.page.url()).toContain('kel=64.74.01.1003');
    expect(session.page.url()).toContain('kec=64.74.01');
    const withKel = await expected({ periode, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' });
    await expect.poll(async () => (await shownKpis())[pencakerAktifBulanan.id], { timeout: 30_000 }).toBe(withKel[pencakerAktifBulanan.id]);

    // the same URL opened fresh gives the same view
    const url = session.page.url();
    await session.page.goto('about:blank');
    await session.page.goto(url);
    await waitForOverview();
    expect(await session.page.locator('select[name="kel"]').inputValue()).toBe('64.74.01.1003');
    expectClose(await shownKpis(), withKel);
  });

  it('switches to English and back', async () => {
    await session.page.goto(baseUrl);
    await waitForOverview();
    await session.page.locator('.lang-switch button[lang="en"]').click();
    await expect.poll(() => session.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(async () => (await session.page.locator('[data-testid="demo-badge"]').textContent()) ?? '').toMatch(/SIMULATED|DEMO/i);
    const nav = (await session.page.locator('nav').first().textContent()) ?? '';
    expect(nav).toMatch(/Overview/);
    await session.page.screenshot({ path: join(OUT, 'ringkasan-en.png') });
    await session.page.locator('.lang-switch button[lang="id"]').click();
    await expect.poll(() => session.page.evaluate(() => document.documentElement.lang)).toBe('id');
  });
});

describe('snapshot error screens', () => {
  it.each([
    ['uji-rusak/', 'snapshot-corrupt', /pencaker\.parquet/],
    ['uji-versi/', 'snapshot-incompatible', /999/],
    ['tidak-ada/', 'snapshot-missing', /tidak ditemukan/i],
  ])('?snapshot=%s shows %s', async (folder, code, text) => {
    await session.page.goto(`${baseUrl}?snapshot=${folder}`);
    const screen = session.page.locator('[data-testid="error-screen"]');
    await screen.waitFor({ timeout: 60_000 });
    expect(await screen.getAttribute('data-code')).toBe(code);
    expect((await screen.textContent()) ?? '').toMatch(text);
    if (code === 'snapshot-corrupt') await session.page.screenshot({ path: join(OUT, 'error-corrupt.png') });
  });
});

describe('a snapshot opened from disk', () => {
  it('loads from local files without uploading them, and shows the same numbers', async () => {
    await session.page.goto(`${baseUrl}?snapshot=tidak-ada/`);
    await session.page.locator('[data-testid="error-screen"]').waitFor({ timeout: 60_000 });
    const before = session.context.pages()[0];
    const posts: string[] = [];
    before.on('request', (r) => {
      if (r.method() !== 'GET') posts.push(`${r.method()} ${r.url()}`);
    });
    // the folder picker: Playwright hands the input the whole snapshot folder
    await session.page.locator('[data-testid="open-snapshot-input"]').setInputFiles(snapshotDir);
    await waitForOverview();
    expectClose(await shownKpis(), await expected({ periode: latest }));
    expect(posts).toEqual([]);
  });
});

describe('offline first', () => {
  it('made no request to any host but 127.0.0.1 during all of the above', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
