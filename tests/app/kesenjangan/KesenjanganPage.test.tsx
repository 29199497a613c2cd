// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  KESENJANGAN_INDICATORS,
  kesenjanganKeterampilan,
  kesenjanganLokalPerusahaan,
  kesenjanganRingkasan,
  type KesenjanganParams,
} from '../../../src/core/indicators/kesenjangan';
import type { SnapshotState } from '../../../src/app/db/SnapshotProvider';
import { id as msgId, en as msgEn } from '../../../src/app/messages/views/kesenjangan';
import { routes } from '../../../src/app/routes/routes';
import { renderWithProviders } from '../../support/render';
import { queryIndicator, type SnapshotDb } from '../../support/snapshot-db';
import { demoSnapshotState } from '../../support/view-page';

// The page runs on the real demo snapshot through @duckdb/node-api (the browser's SQL, base
// relations materialised as in the browser); ECharts and Leaflet are replaced by plain elements
// that keep their text alternative and click handlers.
const snap = vi.hoisted(() => ({ state: undefined as unknown as SnapshotState }));
vi.mock('../../../src/app/db/SnapshotProvider', () => ({
  useSnapshot: () => snap.state,
  SnapshotProvider: ({ children }: { children: unknown }) => children,
}));
vi.mock('../../../src/app/components/views/ViewEChart', async () => ({
  ViewEChart: (await import('../../support/view-page')).FakeViewEChart,
}));
vi.mock('../../../src/app/components/map/KelurahanMap', async () => ({
  KelurahanMap: (await import('../../support/view-page')).FakeKelurahanMap,
}));

const DEMO = 'data/snapshots/demo';
const manifest = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8'));
const PERIODE: string = manifest.periode.akhir.slice(0, 7);

let db: SnapshotDb;
beforeAll(async () => {
  ({ db, state: snap.state } = await demoSnapshotState(DEMO));
});
afterAll(() => db?.close());
afterEach(cleanup);

const tile = (id: string) => screen.getByTestId(`gap-kpi-${id}`).querySelector('.gap-kpi-value')!;

async function renderAt(search: string) {
  const r = renderWithProviders(null, { routes, route: `/kesenjangan${search}` });
  await screen.findByTestId('page-kesenjangan', undefined, { timeout: 15_000 });
  await waitFor(() => expect(screen.queryByTestId('gap-kpi-pencaker')).not.toBeNull(), { timeout: 20_000 });
  return r;
}

async function expectTiles(p: KesenjanganParams) {
  const [want] = await queryIndicator(db, kesenjanganRingkasan, p);
  await waitFor(
    () => {
      expect(Number(tile('pencaker').getAttribute('data-value'))).toBe(want.pencaker);
      expect(Number(tile('posisi').getAttribute('data-value'))).toBe(want.posisi);
    },
    { timeout: 20_000 },
  );
  return want;
}

function keysOf(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`)));
}

describe('KesenjanganPage on the demo snapshot', () => {
  it('shows the headline numbers in id-ID and every chart card with title, source and a text alternative', async () => {
    await renderAt(`?periode=${PERIODE}`);
    const want = await expectTiles({ periode: PERIODE });
    expect(tile('pencaker').textContent).toBe(want.pencaker.toLocaleString('id-ID'));
    expect(tile('rasio').textContent).toBe(want.rasio!.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kesenjangan Keterampilan');
    for (const def of KESENJANGAN_INDICATORS) {
      const card = screen.getByTestId(`chart-${def.id}`);
      await waitFor(() => expect(card.getAttribute('data-status')).toBe('ready'), { timeout: 20_000 });
      expect(within(card).getAllByRole('heading')[0].textContent!.length, def.id).toBeGreaterThan(10);
      expect(card.querySelector('.chart-source')?.textContent, def.id).toMatch(/Sumber:/);
      const alternatives = within(card).queryAllByRole('img').length + within(card).queryAllByRole('table').length + card.querySelectorAll('li').length;
      expect(alternatives, def.id).toBeGreaterThan(0);
    }
    // the area rule is stated once for the page
    expect(screen.getByTestId('area-note').textContent).toMatch(/tempat tinggal pencari kerja.*lokasi perusahaan/);
  });

  it('the demand toggle is in the URL and reranks the skills by positions opened in 12 months', async () => {
    const r = await renderAt(`?periode=${PERIODE}`);
    fireEvent.click(screen.getByTestId('demand-dibuka12'));
    await waitFor(() => expect(r.location().search).toContain('permintaan=dibuka12'));
    expect(screen.getByTestId('demand-dibuka12').getAttribute('aria-pressed')).toBe('true');
    const skills = await queryIndicator(db, kesenjanganKeterampilan, { periode: PERIODE, permintaan: 'dibuka12' });
    const open = await queryIndicator(db, kesenjanganKeterampilan, { periode: PERIODE });
    expect(skills.map((s) => s.keterampilan)).not.toEqual(open.map((s) => s.keterampilan));
    await waitFor(
      () => expect(screen.getAllByTestId(/^bar-skill-/).map((b) => b.getAttribute('data-testid'))).toEqual(skills.map((s) => `bar-skill-${s.keterampilan}`)),
      { timeout: 20_000 },
    );
  });

  it('a sector selection filters the company list; a sector without companies below the quota says so', async () => {
    const r = await renderAt(`?periode=${PERIODE}`);
    await waitFor(() => expect(screen.getByTestId('chart-kesenjanganLokalSektor').getAttribute('data-status')).toBe('ready'), { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('bar-kbli-H'));
    await waitFor(() => expect(r.location().search).toContain('pilih.kbli=H'));
    const h = await queryIndicator(db, kesenjanganLokalPerusahaan, { periode: PERIODE, pilih: { kbli: ['H'] } });
    expect(h.length).toBeGreaterThan(0);
    await waitFor(
      () => expect(screen.getAllByTestId(/^company-PRS-/).map((e) => e.getAttribute('data-testid'))).toEqual(h.slice(0, 10).map((c) => `company-${c.id_perusahaan}`)),
      { timeout: 20_000 },
    );
    // the supply-demand figures do not depend on the sector
    await expectTiles({ periode: PERIODE });

    fireEvent.click(screen.getByTestId('bar-kbli-H'));
    fireEvent.click(await screen.findByTestId('bar-kbli-K'));
    await waitFor(() => expect(r.location().search).toContain('pilih.kbli=K'));
    expect(await queryIndicator(db, kesenjanganLokalPerusahaan, { periode: PERIODE, pilih: { kbli: ['K'] } })).toHaveLength(0);
    await waitFor(() => expect(screen.getByTestId('company-none').textContent).toMatch(/Tidak ada perusahaan di bawah kuota/), { timeout: 20_000 });
  });

  it('lists every company below the quota on demand', async () => {
    await renderAt(`?periode=${PERIODE}`);
    const all = await queryIndicator(db, kesenjanganLokalPerusahaan, { periode: PERIODE });
    expect(all.length).toBeGreaterThan(10);
    await waitFor(() => expect(screen.getAllByTestId(/^company-PRS-/)).toHaveLength(10), { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('company-show-all'));
    expect(screen.getAllByTestId(/^company-PRS-/)).toHaveLength(all.length);
    expect(screen.getByTestId('company-show-all').getAttribute('aria-expanded')).toBe('true');
  });

  it('English has exactly the Indonesian keys, and the page switches language', async () => {
    expect(keysOf(msgEn).sort()).toEqual(keysOf(msgId).sort());
    const r = await renderAt(`?periode=${PERIODE}`);
    await r.i18n.changeLanguage('en');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Skills Gap'));
    const want = await expectTiles({ periode: PERIODE });
    expect(tile('pencaker').textContent).toBe(want.pencaker.toLocaleString('en-GB'));
  });
});
