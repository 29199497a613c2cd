import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually, openBrowser, type BrowserSession } from '../support/browser';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';
import {
  KESENJANGAN_INDICATORS,
  kesenjanganJabatan,
  kesenjanganKelurahan,
  kesenjanganKeterampilan,
  kesenjanganLokalPerusahaan,
  kesenjanganLokalProyek,
  kesenjanganLokalSektor,
  kesenjanganPelatihan,
  kesenjanganPelatihanProgram,
  kesenjanganPendidikan,
  kesenjanganRingkasan,
  kesenjanganSulitDiisi,
  type KesenjanganParams,
} from '../../src/core/indicators/kesenjangan';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';

/**
 * Kesenjangan Keterampilan in a real Chromium on the production build: every number on screen
 * against the same indicator SQL run in Node on the same snapshot, for the whole city, after a
 * map click (kecamatan), after a drill to a kelurahan and back, after cross-filter clicks (KBJI
 * group, sector, education by keyboard) and with the other demand measure; keyboard reach;
 * screenshots; no request leaves 127.0.0.1.
 */
const baseUrl = inject('baseUrl');
const snapshotDir = inject('snapshotDir');
const OUT = 'test-output/browser';

let session: BrowserSession;
let db: SnapshotDb;
let latest: string;

const num = (v: number) => new Intl.NumberFormat('id-ID').format(v);
const pct = (v: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)}%`;
const dec1 = (v: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

async function settled() {
  const page = session.page;
  await page.locator('[data-testid="page-kesenjangan"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === 'false', undefined, { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="page-kesenjangan"] .status-panel--loading'), undefined, {
    timeout: 60_000,
  });
}

async function open(search = '') {
  await session.page.goto(`${baseUrl}#/kesenjangan${search}`);
  await settled();
}

async function text(selector: string): Promise<string> {
  return ((await session.page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');
}

async function dataValue(selector: string): Promise<number | null> {
  const raw = await session.page.locator(selector).first().getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

/** The URL's search part as params (the hash router keeps it after '#/kesenjangan'). */
function urlParams(): URLSearchParams {
  const hash = new URL(session.page.url()).hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
}

/** Parameters as the page builds them for a chart of `dim` (every selection but its own). */
function forDim(p: KesenjanganParams, dim?: 'kbji' | 'skill' | 'pend' | 'kbli'): KesenjanganParams {
  if (!p.pilih || !dim) return p;
  const pilih = { ...p.pilih };
  delete pilih[dim];
  return Object.keys(pilih).length ? { ...p, pilih } : { ...p, pilih: undefined };
}

/**
 * Every number the view shows equals the indicators run in Node with the same parameters. Polled:
 * after a click the previous rows stay on screen until the new ones arrive.
 */
async function expectNumbers(p: KesenjanganParams) {
  let last: unknown = null;
  await expect
    .poll(
      async () => {
        try {
          await compareNumbers(p);
          return true;
        } catch (e) {
          last = e;
          return false;
        }
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true)
    .catch(() => {
      throw last;
    });
}

async function compareNumbers(p: KesenjanganParams) {
  const twelve = p.permintaan === 'dibuka12';

  const [r] = await queryIndicator(db, kesenjanganRingkasan, p);
  expect(await dataValue('[data-testid="gap-kpi-pencaker"] .gap-kpi-value')).toBe(r.pencaker);
  expect(await dataValue('[data-testid="gap-kpi-posisi"] .gap-kpi-value')).toBe(r.posisi);
  expect(await dataValue('[data-testid="gap-kpi-posisi_12bln"] .gap-kpi-value')).toBe(r.posisi_12bln);
  const shownRatio = await dataValue('[data-testid="gap-kpi-rasio"] .gap-kpi-value');
  if (r.rasio === null) expect(shownRatio).toBeNull();
  else expect(shownRatio).toBeCloseTo(r.rasio, 9);
  expect(await text('[data-testid="gap-kpi-pencaker"]')).toContain(num(r.pencaker));

  for (const m of await queryIndicator(db, kesenjanganKelurahan, p)) {
    expect(await dataValue(`[data-testid="kesenjangan-map"] tr[data-kode="${m.kode_kelurahan}"] td.num`), m.kode_kelurahan).toBe(m.pencaker);
    expect(await text(`[data-testid="kesenjangan-map"] tr[data-kode="${m.kode_kelurahan}"] td.num`)).toBe(`${num(m.pencaker)} · ${num(m.posisi)}`);
  }

  const jabatan = await queryIndicator(db, kesenjanganJabatan, forDim(p, 'kbji'));
  expect(await session.page.locator('[data-testid^="bar-kbji-"]').count()).toBe(jabatan.length);
  for (const g of jabatan) {
    const demand = twelve ? g.posisi_12bln : g.posisi;
    const ratio = twelve ? g.rasio_12bln : g.rasio;
    const shown = await text(`[data-testid="bar-kbji-${g.kbji_golongan}"] .category-detail`);
    expect(shown, g.kbji_golongan).toContain(`${num(g.pencaker)} : ${num(demand)}`);
    expect(shown, g.kbji_golongan).toContain(ratio === null ? 'tanpa permintaan' : `rasio ${dec1(ratio)} : 1`);
  }

  const skills = await queryIndicator(db, kesenjanganKeterampilan, { ...forDim(p, 'skill'), permintaan: p.permintaan });
  const skillButtons = session.page.locator('[data-testid^="bar-skill-"]');
  expect(await skillButtons.count()).toBe(skills.length);
  for (const [i, s] of skills.entries()) {
    expect(await skillButtons.nth(i).getAttribute('data-testid')).toBe(`bar-skill-${s.keterampilan}`);
    expect(await text(`[data-testid="bar-skill-${s.keterampilan}"] .category-detail`)).toContain(
      `${num(s.pencaker)} : ${num(twelve ? s.posisi_12bln : s.posisi)}`,
    );
  }

  for (const e of await queryIndicator(db, kesenjanganPendidikan, forDim(p, 'pend'))) {
    expect(await text(`[data-testid="bar-pend-${e.pendidikan}"] .category-detail`), e.pendidikan).toBe(pct(e.pencaker_persen ?? 0));
  }

  for (const s of await queryIndicator(db, kesenjanganSulitDiisi, p)) {
    expect(await dataValue(`[data-testid="sulit-${s.kbji_kode}"] [data-value]`), s.kbji_kode).toBeCloseTo(s.persen_terisi, 9);
    expect(await text(`[data-testid="sulit-${s.kbji_kode}"]`)).toContain(`${num(s.terisi)} dari ${num(s.posisi)} posisi terisi`);
  }

  for (const t of await queryIndicator(db, kesenjanganPelatihan, forDim(p, 'kbji'))) {
    const shown = await text(`[data-testid="training-kbji-${t.kbji_golongan}"] .category-detail`);
    expect(shown, t.kbji_golongan).toContain(`${num(t.lulus)} lulus, ${num(t.ditempatkan)} ditempatkan`);
    expect(shown, t.kbji_golongan).toContain(`${num(twelve ? t.posisi_12bln : t.posisi)} posisi · ${num(t.pencaker)} pencari kerja`);
  }

  const programmes = await queryIndicator(db, kesenjanganPelatihanProgram, p);
  const programmeRows = session.page.locator('[data-testid="programme-table"] tbody tr');
  expect(await programmeRows.count()).toBe(Math.min(8, programmes.length));
  for (const [i, g] of programmes.slice(0, 8).entries()) {
    expect(await programmeRows.nth(i).getAttribute('data-testid')).toBe(`program-${g.id_program}`);
    expect(await dataValue(`[data-testid="program-${g.id_program}"] td[data-value]`)).toBe(g.peserta);
  }

  for (const s of await queryIndicator(db, kesenjanganLokalSektor, forDim(p, 'kbli'))) {
    expect(await text(`[data-testid="bar-kbli-${s.kbli_seksi}"] .category-detail`), s.kbli_seksi).toBe(s.persen === null ? '–' : pct(s.persen));
  }

  const projects = await queryIndicator(db, kesenjanganLokalProyek, p);
  for (const pr of projects) {
    const v = await dataValue(`[data-testid="proyek-${pr.jenis}"] [data-testid="proyek-persen"]`);
    if (pr.persen === null) expect(v).toBeNull();
    else expect(v, pr.jenis).toBeCloseTo(pr.persen, 9);
  }

  const companies = await queryIndicator(db, kesenjanganLokalPerusahaan, p);
  expect(await text(`[data-testid="chart-${kesenjanganLokalPerusahaan.id}"] .chart-subtitle`)).toContain(`${num(companies.length)} perusahaan`);
  const companyRows = session.page.locator('[data-testid="company-table"] tbody tr');
  expect(await companyRows.count()).toBe(Math.min(10, companies.length));
  for (const [i, c] of companies.slice(0, 10).entries()) {
    expect(await companyRows.nth(i).getAttribute('data-testid')).toBe(`company-${c.id_perusahaan}`);
    expect(await dataValue(`[data-testid="company-${c.id_perusahaan}"] td[data-col="persen"]`)).toBeCloseTo(c.persen, 9);
    expect(await dataValue(`[data-testid="company-${c.id_perusahaan}"] td[data-col="kekurangan"]`)).toBe(c.kekurangan);
  }
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const manifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8')) as SnapshotManifest;
  latest = manifest.periode.akhir.slice(0, 7);
  db = await openSnapshotDb(snapshotDir);
  session = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('Kesenjangan Keterampilan on the demo snapshot', () => {
  it('renders every chart card with the numbers of the SQL in Node, and a full-page screenshot', async () => {
    await open();
    for (const def of KESENJANGAN_INDICATORS) {
      const card = session.page.locator(`[data-testid="chart-${def.id}"]`);
      await card.waitFor();
      expect(await card.getAttribute('data-status'), def.id).toBe('ready');
      expect(await card.locator('.card-title').textContent()).toBeTruthy();
    }
    await eventually(() => expectNumbers({ periode: latest }));
    await session.page.screenshot({ path: join(OUT, 'kesenjangan.png'), fullPage: true });
    // one picture per card as well, readable at full size
    await session.page.locator('.view-head').screenshot({ path: join(OUT, 'kesenjangan-kepala.png') });
    for (const def of KESENJANGAN_INDICATORS) {
      await session.page.locator(`[data-testid="chart-${def.id}"]`).screenshot({ path: join(OUT, `kesenjangan-${def.id}.png`) });
    }
  });

  it('a map click filters the other charts and the URL; drill to a kelurahan and back to the city', async () => {
    await open(`?periode=${latest}`);
    await session.page.locator('path.kelurahan-shape[data-kode="64.74.01.1004"]').dispatchEvent('click');
    await expect.poll(() => urlParams().get('kec')).toBe('64.74.01');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, kecamatan: '64.74.01' }));

    await session.page.locator('path.kelurahan-shape[data-kode="64.74.01.1004"]').dispatchEvent('click');
    await expect.poll(() => urlParams().get('kel')).toBe('64.74.01.1004');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, kecamatan: '64.74.01', kelurahan: '64.74.01.1004' }));
    expect(await text('[data-testid="drill-breadcrumb"]')).toMatch(/Kota Bontang.*Bontang Utara.*Guntung/);
    await session.page.screenshot({ path: join(OUT, 'kesenjangan-kelurahan.png'), fullPage: true });

    await session.page.locator('[data-testid="drill-kec"] button').click();
    await expect.poll(() => urlParams().get('kel')).toBeNull();
    expect(urlParams().get('kec')).toBe('64.74.01');
    await session.page.locator('[data-testid="drill-kota"] button').click();
    await expect.poll(() => urlParams().get('kec')).toBeNull();
    await settled();
    await eventually(() => expectNumbers({ periode: latest }));
  });

  it('a KBJI group click filters skills, education, training and programmes; a sector click filters companies and projects', async () => {
    await open(`?periode=${latest}`);
    await session.page.locator('[data-testid="bar-kbji-7"]').click();
    await expect.poll(() => urlParams().get('pilih.kbji')).toBe('7');
    await settled();
    await expect.poll(() => session.page.locator('[data-testid="bar-kbji-7"]').getAttribute('aria-pressed')).toBe('true');
    expect(await text('[data-testid="selection-chips"]')).toMatch(/Pekerja Pengolahan/);
    expect(await text(`[data-testid="chart-${kesenjanganPelatihanProgram.id}"] .card-title`)).toMatch(/Program pelatihan untuk 7/);
    await eventually(() => expectNumbers({ periode: latest, pilih: { kbji: ['7'] } }));
    await session.page.screenshot({ path: join(OUT, 'kesenjangan-kbji7.png'), fullPage: true });

    await session.page.locator('[data-testid="bar-kbli-F"]').click();
    await expect.poll(() => urlParams().get('pilih.kbli')).toBe('F');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, pilih: { kbji: ['7'], kbli: ['F'] } }));
    const companies = await queryIndicator(db, kesenjanganLokalPerusahaan, { periode: latest, pilih: { kbli: ['F'] } });
    expect(companies.every((c) => c.kbli_seksi === 'F')).toBe(true);

    // the chips remove selections one by one, then all
    await session.page.locator('[data-testid="chip-kbji-7"]').click();
    await expect.poll(() => urlParams().get('pilih.kbji')).toBeNull();
    expect(urlParams().get('pilih.kbli')).toBe('F');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, pilih: { kbli: ['F'] } }));
  });

  it('the demand measure switches to positions opened in 12 months, in the URL', async () => {
    await open(`?periode=${latest}`);
    await session.page.locator('[data-testid="demand-dibuka12"]').click();
    await expect.poll(() => urlParams().get('permintaan')).toBe('dibuka12');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, permintaan: 'dibuka12' }));
    await session.page.screenshot({ path: join(OUT, 'kesenjangan-12bulan.png'), fullPage: true });
  });

  it('works with the keyboard only: every control is reached by Tab, and Space selects an education level', async () => {
    await open(`?periode=${latest}`);
    const page = session.page;
    const controls = await page.evaluate(() => {
      const main = document.querySelector('[data-testid="page-kesenjangan"]')!;
      const list = [...main.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex]:not([tabindex="-1"])')];
      return list
        .filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0)
        .map((el) => el.dataset.testid ?? `${el.tagName}:${el.textContent?.trim().slice(0, 40)}`);
    });
    expect(controls.length).toBeGreaterThan(40);
    const reached = new Set<string>();
    await page.locator('[data-testid="page-kesenjangan"] h1').click();
    for (let i = 0; i < controls.length + 80 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('[data-testid="page-kesenjangan"]')) return null;
        return el.dataset.testid ?? `${el.tagName}:${el.textContent?.trim().slice(0, 40)}`;
      });
      if (id) reached.add(id);
    }
    const missed = controls.filter((c) => !reached.has(c));
    expect(missed).toEqual([]);
    for (const prefix of ['demand-', 'bar-kbji-', 'bar-skill-', 'bar-pend-', 'bar-kbli-', 'training-kbji-', 'area-']) {
      expect([...reached].some((r) => r.startsWith(prefix)), prefix).toBe(true);
    }

    // the demand measure by keyboard
    await page.locator('[data-testid="demand-dibuka12"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParams().get('permintaan')).toBe('dibuka12');
    await expect.poll(() => page.locator('[data-testid="demand-dibuka12"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-testid="demand-terbuka"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => urlParams().get('permintaan')).toBeNull();
    // the next change must start from the rendered state (URL writes go through React)
    await expect.poll(() => page.locator('[data-testid="demand-terbuka"]').getAttribute('aria-pressed')).toBe('true');

    await page.locator('[data-testid="bar-pend-SMK"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => urlParams().get('pilih.pend')).toBe('SMK');
    await settled();
    await eventually(() => expectNumbers({ periode: latest, pilih: { pend: ['SMK'] } }));
  });

  it('shows the empty state and no ratio before the first vacancy', async () => {
    await open('?periode=2023-01');
    // the earliest month of the snapshot: vacancies exist from January 2023, training not yet
    const card = session.page.locator(`[data-testid="chart-${kesenjanganPelatihanProgram.id}"]`);
    const programmes = await queryIndicator(db, kesenjanganPelatihanProgram, { periode: '2023-01' });
    expect(programmes).toHaveLength(0);
    expect(await card.getAttribute('data-status')).toBe('empty');
    await eventually(() => expectNumbers({ periode: '2023-01' }));
  });

  it('answered every cross-filter click from the in-memory cubes (no fallback to SQL)', () => {
    expect(session.warnings.filter((w) => w.includes('kubus'))).toEqual([]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
