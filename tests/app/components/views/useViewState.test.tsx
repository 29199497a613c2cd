// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toggle } from '../../../../src/app/state/selections';
import { useViewState } from '../../../../src/app/state/useViewParams';
import { renderWithProviders } from '../../../support/render';
import { OPTIONS } from './harness';

describe('useViewState', () => {
  function Probe() {
    const v = useViewState(OPTIONS);
    return (
      <>
        <output data-testid="all">{JSON.stringify(v.params)}</output>
        <output data-testid="for-pend">{JSON.stringify(v.paramsFor('pend'))}</output>
        <button type="button" onClick={() => v.update({ filters: { kelurahan: '64.74.02.1002' }, selections: toggle(v.selections, 'desil', '2') })}>
          both
        </button>
        <button type="button" onClick={() => v.toggle('pend', 'SMA', { multi: false })}>
          only SMA
        </button>
        <button
          type="button"
          onClick={() => {
            // two clicks handled before React re-renders (a fast double click)
            v.toggle('jk', 'L');
            v.toggle('umur', '20-24');
          }}
        >
          twice
        </button>
      </>
    );
  }
  const json = (id: string) => JSON.parse(screen.getByTestId(id).textContent ?? '{}');
  afterEach(cleanup);

  it('gives indicator params with pilih, and per-chart params without the chart’s own dimension', () => {
    renderWithProviders(<Probe />, { route: '/?periode=2026-05&kec=64.74.01&pilih.pend=SMK,SMA&pilih.jk=P&pilih.zzz=1' });
    expect(json('all')).toEqual({ periode: '2026-05', kecamatan: '64.74.01', pilih: { jk: ['P'], pend: ['SMA', 'SMK'] } });
    expect(json('for-pend')).toEqual({ periode: '2026-05', kecamatan: '64.74.01', pilih: { jk: ['P'] } });
  });

  it('omits pilih when nothing is chosen, so query keys stay those of the plain filters', () => {
    renderWithProviders(<Probe />, { route: '/?pilih.pend=' });
    expect(json('all')).toEqual({ periode: '2026-10' });
    expect('pilih' in json('for-pend')).toBe(false);
  });

  it('update() changes area and selections in one URL write; toggle multi:false keeps other dimensions', () => {
    const r = renderWithProviders(<Probe />, { route: '/validasi?periode=2026-05&kec=64.74.01&pilih.pend=SMK&pilih.jk=P' });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'both' }));
    });
    expect(r.location()).toEqual({
      pathname: '/validasi',
      search: '?periode=2026-05&kec=64.74.02&kel=64.74.02.1002&pilih.jk=P&pilih.pend=SMK&pilih.desil=2',
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'only SMA' }));
    });
    expect(json('all').pilih).toEqual({ jk: ['P'], pend: ['SMA'], desil: ['2'] });
  });

  it('keeps both of two changes made before a re-render (no lost click)', () => {
    const r = renderWithProviders(<Probe />, { route: '/pengangguran?periode=2026-05&pilih.pend=SMK' });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'twice' }));
    });
    expect(json('all').pilih).toEqual({ jk: ['L'], pend: ['SMK'], umur: ['20-24'] });
    expect(r.location().search).toContain('pilih.umur=20-24');
  });
});
