import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';
import {
  kemiskinanBivariat,
  kemiskinanKeterampilan,
  kemiskinanMiskinPerKelurahan,
  kemiskinanPendidikan,
  kemiskinanPerDesil,
  kemiskinanPrioritasGolongan,
  kemiskinanPrioritasJabatan,
  kemiskinanPrioritasKelurahan,
  kemiskinanRingkasan,
} from '../../src/core/indicators/kemiskinan';
import type { ViewParams } from '../../src/core/indicators/types';
import { classifyBivariat } from '../../src/app/components/kemiskinan/bivariat';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';

/**
 * The Irisan Kemiskinan view in a real Chromium against the production build: every number on
 * screen is compared with the same indicator run in Node on the same snapshot, under a map click,
 * a drill to a kelurahan and back, a decile selection, and keyboard-only use.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');
const OUT = 'test-output/browser';
const KPI_IDS = ['aktif', 'dtsen', 'miskin', 'prioritas'] as const;

let session: BrowserSession;
let db: SnapshotDb;
let latest: string;

const page = () => session.page;

/** '1.234 orang (5,6%)' -> 1234: the first id-ID integer of a text. */
function firstInt(text: string | null): number {
  const m = /(\d{1,3}(?:\.\d{3})*)/.exec(text ?? '');
  if (!m) throw new Error(`no number in '${text}'`);
  return Number(m[1].replace(/\./g, ''));
}

/** '34,3%' -> 34.3 */
function firstPercent(text: string | null): number {
  const m = /(\d+(?:,\d+)?)%/.exec(text ?? '');
  if (!m) throw new Error(`no percent in '${text}'`);
  return Number(m[1].replace(',', '.'));
}

async function settled() {
  await page().waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === 'false', undefined, { timeout: 60_000 });
  // previous data stays on screen while the next query runs: give React one more frame
  await page().waitForTimeout(100);
  await page().waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === 'false', undefined, { timeout: 60_000 });
}

async function open(hash: string) {
  await page().goto(`${baseUrl}#/irisan-kemiskinan${hash}`);
  await page().locator('[data-testid="page-kemiskinan"]').waitFor({ timeout: 60_000 });
  await page().waitForFunction(
    () => document.querySelectorAll('[data-testid^="kpi-kemiskinan-"] [data-testid="kpi-value"]:not([data-value=""])').length === 4,
    undefined,
    { timeout: 60_000 },
  );
  await settled();
}

async function shownKpis(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of KPI_IDS) {
    out[id] = Number(await page().locator(`[data-testid="kpi-kemiskinan-${id}"] [data-testid="kpi-value"]`).getAttribute('data-value'));
  }
  return out;
}

/** Every id-ID number in a text: '93,9% dari 2.380 orang; 1.772' -> [93.9, 2380, 1772]. */
function numbers(text: string | null): number[] {
  return [...(text ?? '').matchAll(/\d{1,3}(?:\.\d{3})*(?:,\d+)?/g)].map((m) => Number(m[0].replace(/\./g, '').replace(',', '.')));
}

async function expectKpis(params: ViewParams) {
  const [r] = await queryIndicator(db, kemiskinanRingkasan, params);
  const want = { aktif: r.aktif, dtsen: r.di_dtsen, miskin: r.miskin, prioritas: r.prioritas };
  await expect.poll(shownKpis, { timeout: 30_000 }).toEqual(want);
  const foot = async (id: string) => numbers(await page().locator(`[data-testid="kpi-kemiskinan-${id}"] .kpi-foot`).textContent());
  expect((await foot('dtsen'))[0]).toBeCloseTo(r.persen_di_dtsen!, 1);
  expect((await foot('miskin'))[0]).toBeCloseTo(r.persen_miskin!, 1);
  const [share, sasaran, jabatan] = await foot('prioritas');
  expect(share).toBeCloseTo(r.persen_prioritas ?? NaN, 1);
  expect([sasaran, jabatan]).toEqual([r.sasaran, r.prioritas_jabatan]);
}

/** Raw data-<attr> of the category button `bar-<dim>-<key>`. */
async function raw(dim: string, key: string, attr = 'value'): Promise<number> {
  return Number(await page().locator(`[data-testid="bar-${dim}-${key}"]`).getAttribute(`data-${attr}`));
}

async function expectDesil(params: ViewParams) {
  const rows = await queryIndicator(db, kemiskinanPerDesil, params);
  for (const r of rows) await expect.poll(() => raw('desil', r.desil_kat), { timeout: 30_000 }).toBe(r.nilai);
  // and in words, id-ID: '9.935 orang (69,8%)'
  const luar = rows.find((r) => r.desil_kat === 'luar')!;
  expect(firstInt(await page().locator('[data-testid="bar-desil-luar"] .category-detail').textContent())).toBe(luar.nilai);
  expect(firstPercent(await page().locator('[data-testid="bar-desil-luar"] .category-detail').textContent())).toBeCloseTo(luar.persen!, 1);
}

async function expectPendidikan(params: ViewParams) {
  const rows = await queryIndicator(db, kemiskinanPendidikan, params);
  for (const r of rows) await expect.poll(() => raw('pend', r.pendidikan), { timeout: 30_000 }).toBe(r.nilai);
}

async function expectKeterampilan(params: ViewParams) {
  const rows = await queryIndicator(db, kemiskinanKeterampilan, params);
  await expect.poll(() => page().locator('[data-testid^="bar-skill-"]').count(), { timeout: 30_000 }).toBe(rows.length);
  for (const r of rows) {
    expect(await raw('skill', r.keterampilan), r.keterampilan).toBe(r.nilai);
    const label = await page().locator(`[data-testid="bar-skill-${r.keterampilan}"] .category-label`).textContent();
    expect((label ?? '').includes('✓'), r.keterampilan).toBe(r.diminta);
  }
}

async function expectKelurahanShares(params: ViewParams) {
  const rows = await queryIndicator(db, kemiskinanMiskinPerKelurahan, params);
  await expect.poll(() => page().locator('[data-testid^="bar-kel-"]').count(), { timeout: 30_000 }).toBe(rows.length);
  for (const r of rows) {
    expect(await raw('kel', r.kode_kelurahan), r.kode_kelurahan).toBeCloseTo(r.nilai ?? 0, 9);
    expect(firstPercent(await page().locator(`[data-testid="bar-kel-${r.kode_kelurahan}"] .category-detail`).textContent())).toBeCloseTo(r.nilai ?? 0, 1);
  }
}

async function expectPrioritas(params: ViewParams) {
  const kel = await queryIndicator(db, kemiskinanPrioritasKelurahan, params);
  for (const r of kel) {
    // stacked: occupation matches, then skill-only matches
    await expect.poll(() => raw('prioritas-kel', r.kode_kelurahan), { timeout: 30_000 }).toBe(r.cocok_jabatan);
    expect(await raw('prioritas-kel', r.kode_kelurahan, 'secondary'), r.kode_kelurahan).toBe(r.cocok_keterampilan);
  }
  const gol = await queryIndicator(db, kemiskinanPrioritasGolongan, { ...params, pilih: { ...params.pilih, kbji: undefined } });
  for (const r of gol.filter((g) => g.prioritas > 0 || g.posisi_terbuka > 0)) {
    expect(await raw('kbji', r.golongan), r.golongan).toBe(r.prioritas);
    expect(await raw('kbji', r.golongan, 'secondary'), r.golongan).toBe(r.posisi_terbuka);
  }
  // the occupations chart has no buttons: its numbers are read from its table
  const jab = await queryIndicator(db, kemiskinanPrioritasJabatan, params);
  const toggle = page().locator('[data-testid="chart-kemiskinanPrioritasJabatan-table-toggle"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = page().locator('[data-testid="chart-kemiskinanPrioritasJabatan-table"]');
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(jab.length);
  const cells = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value')))),
  );
  expect(cells).toEqual(jab.map((r) => [r.prioritas, r.posisi_terbuka, r.lowongan]));
  const names = await table.locator('tbody th').allTextContents();
  expect(names.map((n) => n.slice(0, 4))).toEqual(jab.map((r) => r.kbji_kode));
  await toggle.click();
}

async function expectMapValues(params: ViewParams) {
  const rows = await queryIndicator(db, kemiskinanBivariat, params);
  expect(rows).toHaveLength(15);
  for (const r of rows) {
    const cell = page().locator(`[data-testid="kemiskinan-map"] tr[data-kode="${r.kode_kelurahan}"] td[data-value]`);
    await expect.poll(async () => Number(await cell.getAttribute('data-value')), { timeout: 30_000 }).toBeCloseTo(r.x!, 6);
    // the list gives both values in words: '10,4% (tinggi); 45,1% (tinggi)'
    const text = (await cell.textContent()) ?? '';
    const [x, y] = [...text.matchAll(/(\d+(?:,\d+)?)%/g)].map((m) => Number(m[1].replace(',', '.')));
    expect(x).toBeCloseTo(r.x!, 1);
    expect(y).toBeCloseTo(r.y!, 1);
  }
  // the full table of the map card: every number of the indicator
  const toggle = page().locator('[data-testid="chart-kemiskinanBivariat-table-toggle"]');
  await toggle.click();
  const cells = await page()
    .locator('[data-testid="chart-kemiskinanBivariat-table"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value')))));
  expect(cells).toHaveLength(15);
  cells.forEach((c, i) => {
    const r = rows[i];
    expect(c.slice(0, 3)).toEqual([r.pencaker, r.dtsen_jiwa, r.dtsen_miskin]);
    expect(c[3]).toBeCloseTo(r.x!, 9);
    expect(c[4]).toBeCloseTo(r.y!, 9);
    expect(c[5]).toBeCloseTo(r.per_seribu_dtsen!, 9);
  });
  await toggle.click();
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const manifest: SnapshotManifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8'));
  latest = manifest.periode.akhir.slice(0, 7);
  db = await openSnapshotDb(snapshotDir);
  session = await openBrowser({ viewport: { width: 1366, height: 900 } });
});

afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('Irisan Kemiskinan on the demo snapshot', () => {
  it('renders every chart with the numbers the SQL gives in Node', async () => {
    await open('');
    const p: ViewParams = { periode: latest };
    await expectKpis(p);
    await expectDesil(p);
    await expectKelurahanShares(p);
    await expectPendidikan(p);
    await expectKeterampilan(p);
    await expectPrioritas(p);
    await expectMapValues(p);
    for (const id of [
      'kemiskinanBivariat',
      'kemiskinanPerDesil',
      'kemiskinanMiskinPerKelurahan',
      'kemiskinanPendidikan',
      'kemiskinanKeterampilan',
      'kemiskinanPrioritasKelurahan',
      'kemiskinanPrioritasGolongan',
      'kemiskinanPrioritasJabatan',
    ]) {
      expect(await page().locator(`[data-testid="chart-${id}"]`).getAttribute('data-status'), id).toBe('ready');
    }
    // 15 shapes in 9 bivariate classes, legend with the counts of the shown kelurahan
    await expect.poll(() => page().locator('[data-testid="kemiskinan-map"] path.kelurahan-shape').count()).toBe(15);
    const counts = await page()
      .locator('[data-testid="kemiskinan-bivariate-legend"] .bivariate-cell')
      .evaluateAll((cells) => cells.map((c) => [Number(c.getAttribute('data-class')), Number(c.getAttribute('data-count'))]));
    const classes = classifyBivariat(await queryIndicator(db, kemiskinanBivariat, p));
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(classes.counts.map((n, i) => [i, n])));
    expect(counts.reduce((s, [, n]) => s + n, 0)).toBe(15);
    expect(await page().locator('[data-testid="bivariat-both"]').textContent()).toContain(classes.bothHigh.map((r) => r.nama_kelurahan).join(', '));
    await page().screenshot({ path: join(OUT, 'kemiskinan.png'), fullPage: true });
    // close-ups to look at: the head of the page and each card
    await page().screenshot({ path: join(OUT, 'kemiskinan-atas.png') });
    for (const id of ['kemiskinanBivariat', 'kemiskinanPerDesil', 'kemiskinanKeterampilan', 'kemiskinanPrioritasGolongan']) {
      await page().locator(`[data-testid="chart-${id}"]`).screenshot({ path: join(OUT, `kemiskinan-${id}.png`) });
    }
  });

  it('a map click filters the other charts and the URL; the drill reaches a kelurahan and comes back', async () => {
    await open('');
    const lokTuan = page().locator('[data-testid="kemiskinan-map"] path.kelurahan-shape[data-kode="64.74.01.1003"]');
    await lokTuan.dispatchEvent('click');
    await expect.poll(() => page().url()).toContain('kec=64.74.01');
    expect(page().url()).not.toContain('kel=');
    await settled();
    const kec: ViewParams = { periode: latest, kecamatan: '64.74.01' };
    await expectKpis(kec);
    await expectDesil(kec);
    await expectPendidikan(kec);
    await expectKelurahanShares(kec);

    await lokTuan.dispatchEvent('click');
    await expect.poll(() => page().url()).toContain('kel=64.74.01.1003');
    await settled();
    const kel: ViewParams = { periode: latest, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' };
    await expectKpis(kel);
    await expectDesil(kel);
    await expectPendidikan(kel);
    await expectKeterampilan(kel);
    await expectPrioritas(kel);
    await page().locator('[data-testid="drill-kel"]').waitFor();
    expect(await page().locator('[data-testid="drill-breadcrumb"]').textContent()).toMatch(/Lok Tuan/);
    await page().screenshot({ path: join(OUT, 'kemiskinan-kelurahan.png'), fullPage: true });

    // back up: kecamatan, then the whole city
    await page().locator('[data-testid="drill-kec"] button').click();
    await expect.poll(() => page().url()).not.toContain('kel=');
    await settled();
    await expectKpis(kec);
    await page().locator('[data-testid="drill-kota"] button').click();
    await expect.poll(() => page().url()).not.toContain('kec=');
    await settled();
    await expectKpis({ periode: latest });
  });

  it('a decile click filters education, skills and the pool; "desil 1-4" selects the group; chips remove it', async () => {
    await open('');
    await page().locator('[data-testid="bar-desil-1"]').click();
    await expect.poll(() => page().url()).toContain('pilih.desil=1');
    await settled();
    const one: ViewParams = { periode: latest, pilih: { desil: ['1'] } };
    await page().locator('[data-testid="chip-desil-1"]').waitFor();
    await expectPendidikan(one);
    await expectKeterampilan(one);
    await expectPrioritas(one);
    await expectKpis(one);
    await expectDesil(one); // the desil chart keeps every category
    await expect.poll(async () => (await page().locator('[data-testid="chart-kemiskinanPendidikan"] h2').textContent()) ?? '').toMatch(/desil terpilih/);
    await page().screenshot({ path: join(OUT, 'kemiskinan-desil.png'), fullPage: true });

    await page().locator('[data-testid="desil-miskin-toggle"]').click();
    await expect.poll(() => decodeURIComponent(page().url())).toContain('pilih.desil=1,2,3,4');
    await settled();
    await expectPendidikan({ periode: latest, pilih: { desil: ['1', '2', '3', '4'] } });
    // same numbers as with no decile chosen: the default group is desil 1-4
    await expectPendidikan({ periode: latest });

    await page().locator('[data-testid="chips-clear-all"]').click();
    await expect.poll(() => page().url()).not.toContain('pilih.');
    await settled();
    await expectKpis({ periode: latest });
  });

  it('works with the keyboard only: Tab reaches every control, Enter selects', async () => {
    await open('');
    const controls = await page().evaluate(() => {
      const root = document.querySelector('[data-testid="page-kemiskinan"]')!;
      const all = [...root.querySelectorAll<HTMLElement>('button, a[href], select, input, [tabindex]:not([tabindex="-1"])')];
      const visible = all.filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled);
      visible.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
      return visible.length;
    });
    expect(controls).toBeGreaterThan(60);
    const reached = new Set<string>();
    await page().locator('body').focus();
    for (let i = 0; i < controls + 80 && reached.size < controls; i++) {
      await page().keyboard.press('Tab');
      const k = await page().evaluate(() => document.activeElement?.getAttribute('data-kbd') ?? null);
      if (k !== null) reached.add(k);
    }
    expect(reached.size).toBe(controls);

    // choose an education level with the keyboard only
    await page().locator('[data-testid="bar-pend-SMA"]').focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => page().url()).toContain('pilih.pend=SMA');
    await settled();
    await expectKpis({ periode: latest, pilih: { pend: ['SMA'] } });
    await expectKeterampilan({ periode: latest, pilih: { pend: ['SMA'] } });
    // and drill with the keyboard through the kelurahan list beside the map
    await page().locator('[data-testid="kemiskinan-map"] [data-testid="area-64.74.02.1002"]').focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => page().url()).toContain('kec=64.74.02');
    await settled();
    await expectKpis({ periode: latest, kecamatan: '64.74.02', pilih: { pend: ['SMA'] } });
  });

  it('reads in English too', async () => {
    await open('');
    await page().locator('.lang-switch button[lang="en"]').click();
    await expect.poll(async () => (await page().locator('h1').textContent()) ?? '').toMatch(/Job seekers and poverty/);
    await settled();
    await page().screenshot({ path: join(OUT, 'kemiskinan-en.png'), fullPage: true });
    await page().locator('.lang-switch button[lang="id"]').click();
    await expect.poll(async () => (await page().locator('h1').textContent()) ?? '').toMatch(/Irisan/);
  });

  it('answered every cross-filter click from the in-memory cubes (no fallback to SQL)', () => {
    expect(session.warnings.filter((w) => w.includes('kubus'))).toEqual([]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
