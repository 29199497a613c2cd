import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually, openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';
import {
  validasiDtsenPencaker,
  validasiProgresKelurahan,
  validasiProgresSeri,
  validasiProgresWilayah,
  validasiTautanDtsen,
  validasiTemuanKualitas,
} from '../../src/core/indicators/validasi';
import type { ViewParams } from '../../src/core/indicators/types';

/**
 * Validasi Data in a real Chromium on the production build: every number on screen against the
 * same indicator SQL run in Node on the same snapshot; map click, drill to a kelurahan and back,
 * the empty state before the first report, keyboard reach, the quality-table highlight, offline.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');
const OUT = 'test-output/browser';

let session: BrowserSession;
let db: SnapshotDb;

const pct = (v: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)}%`;
const num = (v: number) => new Intl.NumberFormat('id-ID').format(v);

async function settled() {
  const page = session.page;
  await page.locator('[data-testid="page-validasi"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === 'false', undefined, { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="page-validasi"] .status-panel--loading'), undefined, { timeout: 60_000 });
}

async function open(search: string) {
  await session.page.goto(`${baseUrl}#/validasi${search}`);
  await settled();
}

async function kpi(id: string): Promise<number | null> {
  const raw = await session.page.locator(`[data-testid="kpi-${id}"] [data-testid="kpi-value"]`).getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

async function text(selector: string): Promise<string> {
  return ((await session.page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');
}

/** Compare everything the view shows with the indicators run in Node for the same parameters. */
async function expectNumbers(p: ViewParams) {
  const progress = await queryIndicator(db, validasiProgresWilayah, p);
  const chosen = (p.kelurahan && progress.find((r) => r.kode === p.kelurahan)) || progress.find((r) => r.jenis === 'induk')!;
  expect(await kpi('persen')).toBeCloseTo(chosen.persen_kk!, 9);
  expect(await kpi('lapor')).toBe(chosen.kelurahan_lapor);
  expect(await session.page.locator('[data-testid="kpi-selesai"] [data-testid="kpi-value"]').getAttribute('data-value')).toBe(
    chosen.tanggal_selesai ?? chosen.tanggal_proyeksi ?? '',
  );
  for (const r of progress.filter((x) => x.jenis === 'rincian')) {
    const shown = await text(`[data-testid="progress-pct-${r.kode}"]`);
    expect(shown, r.kode).toContain(pct(r.persen_kk!));
    const detail = await text(`[data-testid="progress-${r.kode}"] .progress-detail`);
    expect(detail, r.kode).toContain(`${num(r.terverifikasi_kk)} dari ${num(r.target_kk)}`);
  }
  const seri = await queryIndicator(db, validasiProgresSeri, p);
  const lastDate = seri.at(-1)!.tanggal;
  for (const r of seri.filter((x) => x.tanggal === lastDate && x.jenis === 'rincian')) {
    expect(await text(`[data-testid="line-${r.kode}"]`), r.kode).toContain(pct(r.persen_kk!));
  }
  const tautan = await queryIndicator(db, validasiTautanDtsen, p);
  const tChosen = (p.kelurahan && tautan.find((r) => r.kode === p.kelurahan)) || tautan.find((r) => r.jenis === 'induk')!;
  expect(await kpi('tautan')).toBeCloseTo(tChosen.persen_aktif!, 9);
  for (const r of tautan.filter((x) => x.jenis === 'rincian')) {
    expect(await text(`[data-testid="bar-wilayah-${r.kode}"]`), r.kode).toContain(pct(r.persen_aktif!));
  }
  const side = await queryIndicator(db, validasiDtsenPencaker, p);
  const sChosen = (p.kelurahan && side.find((r) => r.kode === p.kelurahan)) || side.find((r) => r.jenis === 'induk')!;
  expect(Number(await session.page.locator('[data-testid="validasi-dtsen-side"]').getAttribute('data-value'))).toBeCloseTo(sChosen.persen!, 9);
  const map = await queryIndicator(db, validasiProgresKelurahan, { periode: p.periode });
  for (const r of map) {
    const cell = session.page.locator(`[data-testid="validasi-map"] tr[data-kode="${r.kode_kelurahan}"] td.num`);
    const raw = await cell.getAttribute('data-value');
    if (r.persen_kk === null) expect(raw, r.kode_kelurahan).toBe('');
    else expect(Number(raw), r.kode_kelurahan).toBeCloseTo(r.persen_kk, 9);
  }
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  db = await openSnapshotDb(snapshotDir);
  session = await openBrowser({ viewport: { width: 1366, height: 1000 } });
});

afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('Validasi Data on the demo snapshot', () => {
  it('renders every chart with the numbers of the SQL in Node, at the latest period', async () => {
    await open('');
    const p: ViewParams = { periode: await session.page.locator('select[name="periode"]').inputValue() };
    expect(p.periode).toMatch(/^\d{4}-\d{2}$/);
    await eventually(() => expectNumbers(p));
    // the completion dates of the kecamatan are written in Indonesian
    const progress = await queryIndicator(db, validasiProgresWilayah, p);
    const selatan = progress.find((r) => r.kode === '64.74.02')!;
    expect(selatan.tanggal_selesai).toBe('2025-11-14');
    expect(await text('[data-testid="progress-64.74.02"]')).toContain('Selesai 14 November 2025');
    // quality findings, one row per table × code × outcome, with the Indonesian issue text
    const temuan = await queryIndicator(db, validasiTemuanKualitas, p);
    for (const r of temuan) {
      const li = session.page.locator(`[data-testid="temuan-${r.tabel}-${r.kode_temuan}-${r.tingkat}"]`);
      expect(Number(await li.locator('[data-value]').getAttribute('data-value')), r.kode_temuan).toBe(r.jumlah);
    }
    expect(await text('[data-testid="temuan-pencaker-nik-sex-mismatch-catatan"]')).toContain('Jenis kelamin tidak sesuai dengan NIK');
    expect(await session.page.locator('path.kelurahan-shape').count()).toBe(15);
    await session.page.screenshot({ path: join(OUT, 'validasi.png'), fullPage: true });
  });

  it('a map click filters the other charts and the URL; the drill reaches a kelurahan and comes back', async () => {
    await open('?periode=2025-11');
    await eventually(() => expectNumbers({ periode: '2025-11' }));
    await session.page.screenshot({ path: join(OUT, 'validasi-2025-11.png'), fullPage: true });

    // kota -> kecamatan: click Guntung on the map selects its kecamatan
    await session.page.locator('path.kelurahan-shape[data-kode="64.74.01.1004"]').dispatchEvent('click');
    await expect.poll(() => session.page.url()).toContain('kec=64.74.01');
    expect(session.page.url()).not.toContain('kel=');
    await settled();
    await session.page.locator('[data-testid="progress-64.74.01.1004"]').waitFor();
    await eventually(() => expectNumbers({ periode: '2025-11', kecamatan: '64.74.01' }));
    expect(await text('[data-testid="chart-validasiProgresWilayah"] h2')).toContain('Bontang Utara');
    expect(await text('[data-testid="chart-validasiTautanDtsen"] h2')).toContain('Bontang Utara');
    await session.page.screenshot({ path: join(OUT, 'validasi-kecamatan.png'), fullPage: true });

    // kecamatan -> kelurahan: a second click on Guntung chooses it
    await session.page.locator('path.kelurahan-shape[data-kode="64.74.01.1004"]').dispatchEvent('click');
    await expect.poll(() => session.page.url()).toContain('kel=64.74.01.1004');
    await settled();
    const p: ViewParams = { periode: '2025-11', kecamatan: '64.74.01', kelurahan: '64.74.01.1004' };
    await expect.poll(() => kpi('tautan'), { timeout: 30_000 }).not.toBeNull();
    await eventually(() => expectNumbers(p));
    const guntung = (await queryIndicator(db, validasiProgresWilayah, p)).find((r) => r.kode === '64.74.01.1004')!;
    expect(guntung.status).toBe('berjalan');
    expect(await text('[data-testid="kpi-selesai"] [data-testid="kpi-value"]')).toBe(
      new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${guntung.tanggal_proyeksi}T00:00:00Z`)),
    );
    expect(await session.page.locator('[data-testid="progress-64.74.01.1004"] button').getAttribute('aria-pressed')).toBe('true');
    expect(await text('[data-testid="drill-kel"]')).toContain('Guntung');
    expect(await text('[data-testid="selection-chips"]')).toContain('Guntung');
    await session.page.screenshot({ path: join(OUT, 'validasi-kelurahan.png'), fullPage: true });

    // back up: the breadcrumb returns to the city
    await session.page.locator('[data-testid="drill-kota"] button').click();
    await expect.poll(() => session.page.url()).not.toContain('kec=');
    await settled();
    await session.page.locator('[data-testid="progress-64.74.02"]').waitFor();
    await eventually(() => expectNumbers({ periode: '2025-11' }));
  });

  it('shows a clear empty state for a period before the first report', async () => {
    await open('?periode=2025-08');
    const empty = session.page.locator('[data-testid="validasi-empty"]');
    await empty.waitFor();
    const msg = (await empty.textContent()) ?? '';
    expect(msg).toContain('Agustus 2025');
    expect(msg).toContain('5 September 2025');
    expect(await session.page.locator('[data-testid="chart-validasiProgresSeri"] [data-testid="validasi-empty-chart"]').count()).toBe(1);
    expect(await session.page.locator('[data-testid="chart-validasiProgresWilayah"] [data-testid="validasi-empty-chart"]').count()).toBe(1);
    // the linkage panel does not depend on the verification reports and still shows its numbers
    const tautan = await queryIndicator(db, validasiTautanDtsen, { periode: '2025-08' });
    expect(await kpi('tautan')).toBeCloseTo(tautan.find((r) => r.jenis === 'induk')!.persen_aktif!, 9);
    await session.page.screenshot({ path: join(OUT, 'validasi-kosong.png'), fullPage: true });
  });

  it('highlights a source table of the quality findings, kept in the URL', async () => {
    await open('?periode=2026-01');
    await session.page.locator('[data-testid="kualitas-tabel-pencaker"]').click();
    await expect.poll(() => session.page.url()).toContain('temuan=pencaker');
    await expect.poll(() => session.page.locator('[data-testid="kualitas-group-dtsen"]').getAttribute('class')).toContain('is-faded');
    expect(await session.page.locator('[data-testid="kualitas-tabel-pencaker"]').getAttribute('aria-pressed')).toBe('true');
    await session.page.locator('[data-testid="chart-validasiTemuanKualitas"]').screenshot({ path: join(OUT, 'validasi-kualitas.png') });
    await session.page.locator('[data-testid="kualitas-tabel-pencaker"]').click();
    await expect.poll(() => session.page.url()).not.toContain('temuan=');
  });

  it('reaches every control of the view with the keyboard, and drills with Enter', async () => {
    await open('?periode=2025-11');
    const page = session.page;
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="page-validasi"] button, [data-testid="page-validasi"] a[href], [data-testid="page-validasi"] select')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el, i) => {
          (el as HTMLElement).dataset.kbd = String(i);
          return String(i);
        }),
    );
    expect(controls.length).toBeGreaterThan(20);
    const reached = new Set<string>();
    await page.locator('main').focus();
    for (let i = 0; i < 400 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? null);
      if (k !== null) reached.add(k);
    }
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);

    // Enter on a progress row drills into that kecamatan
    await page.locator('[data-testid="progress-64.74.03"] button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('kec=64.74.03');
    await settled();
    await page.locator('[data-testid="progress-64.74.03.1001"]').waitFor();
  });

  it('made no request to any host but 127.0.0.1, and logged no errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
