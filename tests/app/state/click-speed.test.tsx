// @vitest-environment jsdom
// The click-speed helpers: cached translations, interned view parameters, cross-filter answers put in the cache before the URL changes.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoiseT } from '../../../src/app/components/useCachedTranslation';
import { prefillCrossfilter } from '../../../src/app/state/useViewIndicator';
import { useViewState, type ParamsSource } from '../../../src/app/state/useViewParams';
import { cubeQueryOptions, indicatorKey } from '../../../src/app/queries/indicator-query';
import { Cube } from '../../../src/core/crossfilter/cube';
import type { IndicatorDef, ViewParams, CubeDef } from '../../../src/core/indicators/types';
import { renderWithProviders } from '../../support/render';
import { OPTIONS } from '../components/views/harness';

describe('memoiseT', () => {
  it('answers as t does, once per key and plain options', () => {
    const t = vi.fn((k: string, o?: Record<string, unknown>) => `${k}:${JSON.stringify(o ?? null)}`);
    const c = memoiseT(t);
    expect(c('a')).toBe('a:null');
    expect(c('a')).toBe('a:null');
    expect(c('b', { n: 1 })).toBe('b:{"n":1}');
    expect(c('b', { n: 1 })).toBe('b:{"n":1}');
    expect(c('b', { n: '1' })).toBe('b:{"n":"1"}');
    expect(t).toHaveBeenCalledTimes(3);
    c('c', { o: { x: 1 } });
    c('c', { o: { x: 1 } });
    expect(t).toHaveBeenCalledTimes(5);
  });
});

describe('useViewState params and prefills', () => {
  const seen: Array<{ url: string; next: ViewParams; pend: ViewParams }> = [];
  const ids: ViewParams[] = [];
  function Probe() {
    const v = useViewState(OPTIONS);
    ids.push(v.paramsFor('pend'));
    v.prefills!.clear();
    v.prefills!.add((next: ParamsSource) => seen.push({ url: window.location.hash, next: next.params, pend: next.paramsFor('pend') }));
    return (
      <>
        <button type="button" onClick={() => v.toggle('pend', 'SMA')}>pend</button>
        <button type="button" onClick={() => v.toggle('jk', 'L')}>jk</button>
        <output data-testid="p">{JSON.stringify(v.params)}</output>
      </>
    );
  }
  afterEach(cleanup);
  it('keeps a chart’s params object while equal, and gives prefills the next state before the URL changes', () => {
    const r = renderWithProviders(<Probe />, { route: '/?periode=2026-05' });
    const before = ids[ids.length - 1];
    act(() => { fireEvent.click(screen.getByRole('button', { name: 'pend' })); });
    expect(seen[0].next).toEqual({ periode: '2026-05', pilih: { pend: ['SMA'] } });
    expect(seen[0].pend).toEqual({ periode: '2026-05' });
    expect(ids[ids.length - 1]).toBe(before); // own dimension: same object
    expect(seen[0].pend).toBe(before);
    act(() => { fireEvent.click(screen.getByRole('button', { name: 'jk' })); });
    expect(ids[ids.length - 1]).not.toBe(before);
    expect(ids[ids.length - 1]).toEqual({ periode: '2026-05', pilih: { jk: ['L'] } });
    expect(r.location().search).toBe('?periode=2026-05&pilih.jk=L&pilih.pend=SMA');
  });
});

describe('prefillCrossfilter', () => {
  const cubeDef: CubeDef = { query: { id: 'kubusX', sql: () => ({ sql: 'SELECT 1', params: [] }) } as never, columns: { dims: ['jk'], numbers: ['n'] } };
  const def = {
    id: 'x',
    sql: (p: ViewParams) => ({ sql: `SELECT ${JSON.stringify(p.pilih ?? {})}`, params: [p.periode] }),
    crossfilter: { cubes: [cubeDef], answer: (frame: Array<{ n: number }>, cubes: readonly Cube[], p: ViewParams) => [{ n: frame[0].n + (p.pilih?.jk?.length ?? 0) + cubes.length * 100 }] },
  } as unknown as IndicatorDef<ViewParams, { n: number }>;
  it('caches the in-memory answer when frame and cube are cached, and does nothing otherwise', () => {
    const queryClient = new QueryClient();
    const ctx = { client: {} as never, snapshotVersion: 'v1', queryClient };
    const p: ViewParams = { periode: '2026-05', pilih: { jk: ['L'] } };
    expect(prefillCrossfilter(def, p, ctx)).toBe(false); // nothing cached
    queryClient.setQueryData(indicatorKey(def as never, 'v1', { periode: '2026-05' }), [{ n: 5 }]);
    expect(prefillCrossfilter(def, p, ctx)).toBe(false); // cube missing
    queryClient.setQueryData(cubeQueryOptions(cubeDef, '2026-05', ctx).queryKey, Cube.fromRows([{ jk: 'L', n: 1 }], cubeDef.columns));
    expect(prefillCrossfilter(def, p, ctx)).toBe(true);
    expect(queryClient.getQueryData(indicatorKey(def as never, 'v1', p))).toEqual([{ n: 106 }]);
    expect(prefillCrossfilter(def, p, ctx)).toBe(false); // already cached
    expect(prefillCrossfilter(def, { periode: '2026-05' }, ctx)).toBe(false); // no selection
  });
});

import { useCachedTranslation } from '../../../src/app/components/useCachedTranslation';
describe('useCachedTranslation', () => {
  function Label() {
    const { t } = useCachedTranslation();
    return <output data-testid="lbl">{t('views.chips.label')}|{t('views.card.showTable')}</output>;
  }
  it('follows a language change', async () => {
    const r = renderWithProviders(<Label />, { lang: 'id' });
    const before = screen.getByTestId('lbl').textContent;
    await act(async () => { await r.i18n.changeLanguage('en'); });
    const after = screen.getByTestId('lbl').textContent;
    expect(before).not.toBe(after);
    expect(after).toBe(`${r.i18n.t('views.chips.label')}|${r.i18n.t('views.card.showTable')}`);
    cleanup();
  });
});
