import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';
import {
  BULAN_TREN,
  bpsPasarKerja,
  DISTRIBUSI_PENGANGGURAN,
  pencakerAktifAgustus,
  pengangguranPerKelurahan,
  pengangguranPerWilayah,
  pengangguranRingkasan,
  pengangguranTrenBulanan,
  type DistribusiRow,
} from '../../src/core/indicators/pengangguran';
import type { DimensionId, IndicatorDef, Selections, ViewParams } from '../../src/core/indicators/types';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';

/**
 * The pengangguran view in a real Chromium against the production build, every number on screen
 * compared with the same indicator run in Node on the same snapshot: at city level, after a map
 * click, along the drill-down and back, and with cross-filter selections; keyboard reach; screenshots.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');
const OUT = 'test-output/browser';

let session: BrowserSession;
let db: SnapshotDb;
let latest: string;

const DIM: Record<string, DimensionId> = {
  pengangguranMenurutJk: 'jk',
  pengangguranMenurutUmur: 'umur',
  pengangguranMenurutPendidikan: 'pend',
  pengangguranMenurutKbji: 'kbji',
  pengangguranMenurutDurasi: 'durasi',
};

/** '10.235 orang' -> 10235; '110,9' -> 110.9 (id-ID). */
function parseId(text: string): number {
  const m = /-?[\d.]+(,\d+)?/.exec(text.replace(/\s/g, ' '));
  if (!m) return NaN;
  return Number(m[0].replace(/\./g, '').replace(',', '.'));
}

const page = () => session.page;

async function settle() {
  await page().waitForTimeout(150);
  await page().waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') !== 'true', undefined, { timeout: 60_000 });
  await page().waitForFunction(() => document.querySelectorAll('[data-status="loading"]').length === 0, undefined, { timeout: 60_000 });
}

async function open(hash: string) {
  await page().goto(`${baseUrl}#${hash}`);
  await page().locator('[data-testid="page-pengangguran"]').waitFor({ timeout: 90_000 });
  await page().locator('[data-testid="kpi-aktif"] [data-testid="kpi-value"]:not([data-value=""])').waitFor({ timeout: 90_000 });
  await settle();
}

function paramsFor(p: ViewParams, dim?: DimensionId): ViewParams {
  if (!p.pilih || !dim) return p;
  const pilih: Selections = { ...p.pilih };
  delete pilih[dim];
  return Object.keys(pilih).length ? { ...p, pilih } : { periode: p.periode, kecamatan: p.kecamatan, kelurahan: p.kelurahan };
}

async function kpiValues() {
  const read = async (id: string) => {
    const raw = await page().locator(`[data-testid="kpi-${id}"] [data-testid="kpi-value"]`).getAttribute('data-value');
    return raw === '' || raw === null ? null : Number(raw);
  };
  return { aktif: await read('aktif'), per_1000: await read('per1000'), median_bulan: await read('median'), lama: await read('lama') };
}

async function expectKpis(p: ViewParams) {
  const [want] = await queryIndicator(db, pengangguranRingkasan, p);
  await expect.poll(async () => (await kpiValues()).aktif, { timeout: 30_000 }).toBe(want.aktif);
  const shown = await kpiValues();
  expect(shown.lama).toBe(want.lama);
  expect(shown.median_bulan).toBe(want.median_bulan);
  if (want.per_1000 === null) {
    expect(shown.per_1000).toBeNull();
    expect(await page().locator('[data-testid="kpi-per1000"] [data-testid="kpi-value"]').textContent()).toBe('—');
  } else {
    expect(shown.per_1000).toBeCloseTo(want.per_1000, 9);
    const text = (await page().locator('[data-testid="kpi-per1000"] [data-testid="kpi-value"]').textContent()) ?? '';
    expect(parseId(text)).toBeCloseTo(Math.round(want.per_1000 * 10) / 10, 6);
  }
  const persen = await page().locator('[data-testid="kpi-lama-persen"]').getAttribute('data-value');
  expect(Number(persen)).toBeCloseTo(want.persen_lama!, 9);
}

/** key -> shown number of the category buttons of a bar chart (`bar-<dim>-<key>`). */
async function shownBars(dim: string): Promise<Record<string, number>> {
  return page().evaluate((d) => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>(`[data-testid^="bar-${d}-"]`).forEach((b) => {
      out[b.dataset.testid!.slice(`bar-${d}-`.length)] = b.querySelector('.category-detail')?.textContent ?? '';
    });
    return out;
  }, dim).then((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, parseId(v)])));
}

async function expectDistributions(p: ViewParams) {
  for (const def of DISTRIBUSI_PENGANGGURAN) {
    const dim = DIM[def.id];
    const rows = await queryIndicator<ViewParams, DistribusiRow>(db, def as IndicatorDef<ViewParams, DistribusiRow>, paramsFor(p, dim));
    const want = Object.fromEntries(rows.map((r) => [r.kunci, r.nilai]));
    await expect.poll(() => shownBars(dim), { timeout: 30_000 }).toEqual(want);
    for (const v of p.pilih?.[dim] ?? []) expect(await page().locator(`[data-testid="bar-${dim}-${v}"]`).getAttribute('aria-pressed')).toBe('true');
  }
}

async function expectMap(p: ViewParams) {
  const rows = await queryIndicator(db, pengangguranPerKelurahan, p);
  expect(rows).toHaveLength(15);
  const shown = () =>
    page().evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="pengangguran-map"] tr[data-kode]')).map((tr) => [
          tr.dataset.kode,
          Number(tr.querySelector('td[data-value]')?.getAttribute('data-value')),
        ]),
      ),
    );
  await expect.poll(shown, { timeout: 30_000 }).toEqual(Object.fromEntries(rows.map((r) => [r.kode_kelurahan, r.nilai])));
  await expect.poll(() => page().locator('path.kelurahan-shape').count(), { timeout: 30_000 }).toBe(15);
}

async function expectWilayah(p: ViewParams) {
  const rows = await queryIndicator(db, pengangguranPerWilayah, p);
  await expect.poll(() => shownBars('wilayah'), { timeout: 30_000 }).toEqual(Object.fromEntries(rows.map((r) => [r.kode, r.nilai])));
  return rows;
}

/** Rows of a chart's data table (opened with its toggle), as cell texts. */
async function tableRows(testId: string): Promise<string[][]> {
  const table = page().locator(`[data-testid="${testId}-table"]`);
  if (!(await table.isVisible())) await page().locator(`[data-testid="${testId}-table-toggle"]`).click();
  await table.waitFor();
  return table.evaluate((t) => Array.from(t.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')));
}

async function closeTable(testId: string) {
  if (await page().locator(`[data-testid="${testId}-table"]`).isVisible()) await page().locator(`[data-testid="${testId}-table-toggle"]`).click();
}

async function expectTrend(p: ViewParams) {
  const want = await queryIndicator(db, pengangguranTrenBulanan, paramsFor(p, 'durasi'));
  expect(want).toHaveLength(BULAN_TREN);
  await expect
    .poll(async () => (await tableRows('chart-pengangguranTrenBulanan')).map((r) => r.slice(1).map(parseId)), { timeout: 30_000 })
    .toEqual(want.map((r) => [r.pendaftaran, r.penempatan, r.kedaluwarsa]));
  await closeTable('chart-pengangguranTrenBulanan');
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const manifest: SnapshotManifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8'));
  latest = manifest.periode.akhir.slice(0, 7);
  db = await openSnapshotDb(snapshotDir);
  session = await openBrowser();
});

afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('Pengangguran view on the demo snapshot', () => {
  it('renders every chart at city level with the numbers of the SQL in Node', async () => {
    const p: ViewParams = { periode: latest };
    await open('/pengangguran');
    await expectKpis(p);
    const kec = await expectWilayah(p);
    expect(kec.map((r) => r.kode)).toEqual(['64.74.01', '64.74.02', '64.74.03']);
    await expectMap(p);
    await expectDistributions(p);
    await expectTrend(p);

    // the rate per 1,000 productive-age residents per kecamatan
    await page().locator('[data-testid="metric-rate"]').click();
    await expect
      .poll(() => shownBars('wilayah'), { timeout: 10_000 })
      .toEqual(Object.fromEntries(kec.map((r) => [r.kode, Math.round(r.per_1000! * 10) / 10])));
    await page().locator('[data-testid="metric-count"]').click();

    // BPS figures and the register's August counts, in the tables behind the two BPS charts
    const bps = await queryIndicator(db, bpsPasarKerja, p);
    const tpt = await tableRows('chart-bpsPasarKerja');
    for (const r of bps.filter((x) => x.indikator === 'tpt')) {
      const line = tpt.find((cells) => cells[0] === String(r.tahun));
      expect(line, `tpt ${r.tahun}`).toBeDefined();
      expect(parseId(line![1])).toBeCloseTo(r.nilai, 6);
    }
    const aug = await queryIndicator(db, pencakerAktifAgustus, p);
    expect(aug.length).toBeGreaterThan(0);
    const counts = await tableRows('chart-pencakerAktifAgustus');
    for (const r of aug) expect(parseId(counts.find((c) => c[0] === String(r.tahun))![2])).toBe(r.nilai);
    for (const r of bps.filter((x) => x.indikator === 'penganggur')) {
      expect(parseId(counts.find((c) => c[0] === String(r.tahun))![1]), `penganggur ${r.tahun}`).toBe(r.nilai);
    }
    await closeTable('chart-bpsPasarKerja');
    await closeTable('chart-pencakerAktifAgustus');
    await page().screenshot({ path: join(OUT, 'pengangguran.png'), fullPage: true });
  });

  it('a map click filters the other charts and the URL; the map keeps the whole city', async () => {
    await open('/pengangguran');
    await page().locator('path.kelurahan-shape[data-kode="64.74.02.1002"]').dispatchEvent('click');
    await expect.poll(() => page().url()).toContain('kel=64.74.02.1002');
    expect(page().url()).toContain('kec=64.74.02');
    await settle();
    const p: ViewParams = { periode: latest, kecamatan: '64.74.02', kelurahan: '64.74.02.1002' };
    await expectKpis(p);
    await expectDistributions(p);
    await expectTrend(p);
    await expectMap({ periode: latest });
    await expectWilayah(p);
    expect(await page().locator('[data-testid="bar-wilayah-64.74.02.1002"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page().locator('[data-testid="drill-kel"]').textContent()).toContain('Berbas Tengah');
    await page().screenshot({ path: join(OUT, 'pengangguran-kelurahan.png'), fullPage: true });
  });

  it('drills down from the city to a kecamatan and a kelurahan by the area bars, and back by the breadcrumb', async () => {
    await open('/pengangguran');
    await page().locator('[data-testid="bar-wilayah-64.74.01"]').click();
    await expect.poll(() => page().url()).toContain('kec=64.74.01');
    await settle();
    const kels = await expectWilayah({ periode: latest, kecamatan: '64.74.01' });
    expect(kels.map((r) => r.kode)).toHaveLength(6);
    expect(await page().locator('[data-testid="metric-rate"]').isDisabled()).toBe(true);
    await expectKpis({ periode: latest, kecamatan: '64.74.01' });

    await page().locator('[data-testid="bar-wilayah-64.74.01.1003"]').click();
    await expect.poll(() => page().url()).toContain('kel=64.74.01.1003');
    await settle();
    await expectKpis({ periode: latest, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' });
    expect(await page().locator('[data-testid="drill-kel"]').textContent()).toContain('Lok Tuan');
    await page().screenshot({ path: join(OUT, 'pengangguran-drill.png'), fullPage: true });

    await page().locator('[data-testid="drill-kec"] button').click();
    await expect.poll(() => page().url()).not.toContain('kel=');
    expect(page().url()).toContain('kec=64.74.01');
    await settle();
    await expectKpis({ periode: latest, kecamatan: '64.74.01' });
    await page().locator('[data-testid="drill-kota"] button').click();
    await expect.poll(() => page().url()).not.toContain('kec=');
    await settle();
    await expectWilayah({ periode: latest });
    await expectKpis({ periode: latest });
  });

  it('cross-filters: bars set selections in the URL and every other chart follows; chips remove them', async () => {
    await open('/pengangguran?periode=2026-04');
    // each click is made after the previous one has rendered (a setter computes from the URL of its render)
    const choose = async (dim: string, value: string) => {
      const button = page().locator(`[data-testid="bar-${dim}-${value}"]`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      expect(page().url()).toContain(`pilih.${dim}=${value}`);
    };
    await choose('pend', 'SMA');
    await choose('jk', 'P');
    await choose('durasi', '12-17');
    await settle();
    expect(page().url()).toMatch(/pilih\.jk=P.*pilih\.pend=SMA.*pilih\.durasi=12-17/);
    const p: ViewParams = { periode: '2026-04', pilih: { jk: ['P'], pend: ['SMA'], durasi: ['12-17'] } };
    await expectKpis(p);
    await expectDistributions(p);
    await expectMap(p);
    await expectWilayah(p);
    await expectTrend(p);
    await page().locator('[data-testid="tren-durasi-note"]').waitFor();
    await page().screenshot({ path: join(OUT, 'pengangguran-pilih.png'), fullPage: true });

    await page().locator('[data-testid="chip-pend-SMA"]').click();
    await expect.poll(() => page().url()).not.toContain('pilih.pend');
    await settle();
    await expectKpis({ periode: '2026-04', pilih: { jk: ['P'], durasi: ['12-17'] } });
    await page().locator('[data-testid="chips-clear-all"]').click();
    await expect.poll(() => page().url()).not.toContain('pilih.');
  });

  it('reaches every control of the view with the keyboard alone', async () => {
    await open('/pengangguran');
    const total = await page().evaluate(() => {
      const root = document.querySelector('[data-testid="page-pengangguran"]')!;
      const els = Array.from(
        root.querySelectorAll<HTMLElement>('button, a[href], select, input, summary, [tabindex]:not([tabindex="-1"])'),
      ).filter((e) => !(e as HTMLButtonElement).disabled && e.offsetParent !== null && e.getClientRects().length > 0);
      els.forEach((e, i) => e.setAttribute('data-kbd', String(i)));
      return els.length;
    });
    expect(total).toBeGreaterThan(60);
    await page().locator('body').click({ position: { x: 2, y: 2 } });
    const reached = new Set<string>();
    for (let i = 0; i < total + 80 && reached.size < total; i++) {
      await page().keyboard.press('Tab');
      const k = await page().evaluate(() => document.activeElement?.getAttribute('data-kbd') ?? null);
      if (k !== null) reached.add(k);
    }
    const missed = await page().evaluate(
      (got) =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-kbd]'))
          .filter((e) => !got.includes(e.getAttribute('data-kbd')!))
          .map((e) => e.outerHTML.slice(0, 120)),
      [...reached],
    );
    expect(missed).toEqual([]);
    // a category button works from the keyboard too
    await page().locator('[data-testid="bar-jk-L"]').focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => page().url()).toContain('pilih.jk=L');
  });

  it('answered every cross-filter click from the in-memory cubes (no fallback to SQL)', () => {
    expect(session.warnings.filter((w) => w.includes('kubus'))).toEqual([]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
