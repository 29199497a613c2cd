// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  kemiskinanKeterampilan,
  kemiskinanPendidikan,
  kemiskinanPerDesil,
  kemiskinanRingkasan,
} from '../../../src/core/indicators/kemiskinan';
import type { ViewParams } from '../../../src/core/indicators/types';
import type { SnapshotState } from '../../../src/app/db/SnapshotProvider';
import { routes } from '../../../src/app/routes/routes';
import { renderWithProviders } from '../../support/render';
import { queryIndicator, type SnapshotDb } from '../../support/snapshot-db';
import { demoSnapshotState } from '../../support/view-page';

// The page runs on the real demo snapshot through @duckdb/node-api (the same SQL as the browser,
// base relations materialised as in the browser); only ECharts and the Leaflet map are replaced
// by plain elements that keep their text alternative and click handlers.
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

const kpi = (id: string) => screen.getByTestId(`kpi-kemiskinan-${id}`).querySelector('[data-testid="kpi-value"]')!;

async function renderAt(search: string) {
  const r = renderWithProviders(null, { routes, route: `/irisan-kemiskinan${search}` });
  await screen.findByTestId('page-kemiskinan', undefined, { timeout: 15_000 });
  await waitFor(() => expect(kpi('aktif').getAttribute('data-value')).not.toBe(''), { timeout: 15_000 });
  return r;
}

async function expectKpis(params: ViewParams) {
  const [want] = await queryIndicator(db, kemiskinanRingkasan, params);
  await waitFor(
    () => {
      expect(Number(kpi('aktif').getAttribute('data-value'))).toBe(want.aktif);
      expect(Number(kpi('dtsen').getAttribute('data-value'))).toBe(want.di_dtsen);
      expect(Number(kpi('miskin').getAttribute('data-value'))).toBe(want.miskin);
      expect(Number(kpi('prioritas').getAttribute('data-value'))).toBe(want.prioritas);
    },
    { timeout: 15_000 },
  );
  return want;
}

/** '1.234 orang' -> 1234 */
const int = (s: string | null | undefined) => Number(/(\d{1,3}(?:\.\d{3})*)/.exec(s ?? '')![1].replace(/\./g, ''));

describe('IrisanKemiskinanPage on the demo snapshot', () => {
  it('shows the headline numbers, every chart card with its title, definition and source, in Indonesian', async () => {
    await renderAt(`?periode=${PERIODE}`);
    const want = await expectKpis({ periode: PERIODE });
    expect(kpi('aktif').textContent).toBe(want.aktif.toLocaleString('id-ID'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Irisan pencari kerja dan kemiskinan');
    for (const id of ['kemiskinanBivariat', 'kemiskinanPerDesil', 'kemiskinanMiskinPerKelurahan', 'kemiskinanPendidikan', 'kemiskinanKeterampilan', 'kemiskinanPrioritasKelurahan', 'kemiskinanPrioritasGolongan', 'kemiskinanPrioritasJabatan']) {
      const card = screen.getByTestId(`chart-${id}`);
      await waitFor(() => expect(card.getAttribute('data-status')).toBe('ready'), { timeout: 15_000 });
      expect(within(card).getAllByRole('heading')[0].textContent!.length).toBeGreaterThan(10);
      expect(card.querySelector('.chart-source')?.textContent).toMatch(/Sumber:/);
      // text alternative: the chart's description (an ECharts image or the caption of an HTML bar
      // chart), or for the map the kelurahan list beside it
      if (id === 'kemiskinanBivariat') expect(within(card).getAllByRole('table').length).toBeGreaterThan(0);
      else {
        const described = [
          ...within(card).queryAllByRole('img').map((el) => el.getAttribute('aria-label')),
          ...within(card).queryAllByRole('figure').map((el) => el.querySelector('figcaption')?.textContent),
        ];
        expect(described.length, id).toBeGreaterThan(0);
        expect(described.every((d) => (d ?? '').length > 20), id).toBe(true);
      }
    }
    // desil buttons carry the same numbers as the SQL; "not found in DTSEN" is stated above the chart
    const desil = await queryIndicator(db, kemiskinanPerDesil, { periode: PERIODE });
    for (const r of desil) expect(int(screen.getByTestId(`bar-desil-${r.desil_kat}`).querySelector('.category-detail')?.textContent)).toBe(r.nilai);
    expect(Number(screen.getByTestId('desil-luar').getAttribute('data-value'))).toBe(desil.find((r) => r.desil_kat === 'luar')!.nilai);
    // the kelurahan list beside the map is a keyboard route for all 15 kelurahan
    expect((await screen.findByTestId('kemiskinan-map')).querySelectorAll('[data-testid^="area-"]').length).toBe(15);
  });

  it('a decile click writes the URL, retitles and refilters education and skills; the group toggle picks desil 1-4', async () => {
    const r = await renderAt(`?periode=${PERIODE}`);
    // the decile card renders its buttons once its own query answers, possibly after the KPIs
    fireEvent.click(await screen.findByTestId('bar-desil-2', undefined, { timeout: 15_000 }));
    await waitFor(() => expect(r.location().search).toContain('pilih.desil=2'));
    const p: ViewParams = { periode: PERIODE, pilih: { desil: ['2'] } };
    const pend = await queryIndicator(db, kemiskinanPendidikan, p);
    await waitFor(
      () => {
        for (const row of pend) expect(int(screen.getByTestId(`bar-pend-${row.pendidikan}`).querySelector('.category-detail')?.textContent)).toBe(row.nilai);
      },
      { timeout: 15_000 },
    );
    const skills = await queryIndicator(db, kemiskinanKeterampilan, p);
    await waitFor(() => expect(screen.getAllByTestId(/^bar-skill-/).map((b) => b.getAttribute('data-testid'))).toEqual(skills.map((s) => `bar-skill-${s.keterampilan}`)), { timeout: 15_000 });
    expect(within(screen.getByTestId('chart-kemiskinanPendidikan')).getAllByRole('heading')[0].textContent).toMatch(/desil terpilih/);
    expect(screen.getByTestId('kemiskinan-sasaran').textContent).toMatch(/Desil 2/);
    // the headline figures ignore the decile for aktif/dtsen/miskin but the pool follows it
    await expectKpis(p);

    fireEvent.click(screen.getByTestId('desil-miskin-toggle'));
    await waitFor(() => expect(decodeURIComponent(r.location().search)).toContain('pilih.desil=1,2,3,4'));
    expect(screen.getByTestId('desil-miskin-toggle').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('desil-miskin-toggle'));
    await waitFor(() => expect(r.location().search).not.toContain('pilih.desil'));
  });

  it('a click on the map drills to the kecamatan, then the kelurahan, and every chart follows', async () => {
    const r = await renderAt(`?periode=${PERIODE}`);
    await screen.findByTestId('kemiskinan-map', undefined, { timeout: 15_000 });
    const shape = () => screen.getByTestId('kemiskinan-map').querySelector('path[data-kode="64.74.02.1002"]')!;
    fireEvent.click(shape());
    await waitFor(() => expect(r.location().search).toContain('kec=64.74.02'));
    await expectKpis({ periode: PERIODE, kecamatan: '64.74.02' });
    fireEvent.click(shape());
    await waitFor(() => expect(r.location().search).toContain('kel=64.74.02.1002'));
    await expectKpis({ periode: PERIODE, kecamatan: '64.74.02', kelurahan: '64.74.02.1002' });
    // the share-by-kelurahan chart lists the kelurahan of that kecamatan, the chosen one pressed
    await waitFor(() => expect(screen.getByTestId('bar-kel-64.74.02.1002').getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getAllByTestId(/^bar-kel-/).every((b) => b.getAttribute('data-testid')!.startsWith('bar-kel-64.74.02.'))).toBe(true);
  });

  it('shows the empty state where nobody matches the selection', async () => {
    await renderAt(`?periode=${PERIODE}&kec=64.74.01&kel=64.74.01.1005&pilih.desil=10&pilih.pend=S3`);
    const card = screen.getByTestId('chart-kemiskinanKeterampilan');
    await waitFor(() => expect(card.getAttribute('data-status')).toBe('empty'), { timeout: 15_000 });
    await waitFor(() => expect(screen.getByTestId('chart-kemiskinanPrioritasJabatan').getAttribute('data-status')).toBe('empty'), {
      timeout: 15_000,
    });
  });

  it('reads in English', async () => {
    const r = renderWithProviders(null, { routes, route: `/irisan-kemiskinan?periode=${PERIODE}`, lang: 'en' });
    await waitFor(() => expect(within(r.container).getByRole('heading', { level: 1 }).textContent).toBe('Job seekers and poverty'));
    expect(within(r.container).getByTestId('desil-miskin-toggle').textContent).toBe('Select deciles 1-4');
    await waitFor(() => expect(kpi('aktif').textContent).toMatch(/^\d{1,3}(,\d{3})*$/), { timeout: 15_000 });
    // let every query finish before the database closes
    await waitFor(() => expect(r.container.querySelector('main')?.getAttribute('data-busy')).toBe('false'), { timeout: 15_000 });
  });
});
