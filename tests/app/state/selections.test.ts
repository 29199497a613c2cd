// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  clear,
  compareValues,
  countSelections,
  normaliseSelections,
  parseSelections,
  sameSelections,
  serialiseSelections,
  toggle,
  toSearchString,
  without,
} from '../../../src/app/state/selections';
import { serialiseFilters } from '../../../src/app/state/filters';

describe('selections in the URL', () => {
  it('reads pilih.<dim> lists, sorted and deduplicated, dropping unknown dimensions and empty values', () => {
    const sel = parseSelections('?periode=2026-10&kec=64.74.01&pilih.pend=SMK,SMA,SMA,&pilih.jk=P&pilih.warna=merah&pilih.desil=10,2,1');
    expect(sel).toEqual({ jk: ['P'], pend: ['SMA', 'SMK'], desil: ['1', '2', '10'] });
    expect(Object.keys(sel)).toEqual(['jk', 'pend', 'desil']);
  });

  it('writes selections after the other parameters, keeping them, with readable commas', () => {
    const base = new URLSearchParams('periode=2026-10&kec=64.74.01&pilih.skill=las&tab=2');
    const out = serialiseSelections({ pend: ['SMK', 'SMA'], jk: ['P'] }, base);
    expect(out.toString()).toBe('periode=2026-10&kec=64.74.01&tab=2&pilih.jk=P&pilih.pend=SMA%2CSMK');
    expect(toSearchString(out)).toBe('?periode=2026-10&kec=64.74.01&tab=2&pilih.jk=P&pilih.pend=SMA,SMK');
    expect(toSearchString(new URLSearchParams())).toBe('');
  });

  it('round-trips values holding commas, percent signs, spaces and ampersands', () => {
    const sel = { skill: ['bahasa inggris, lanjutan', 'las & bubut', '100% teliti'] };
    const search = toSearchString(serialiseSelections(sel));
    expect(search).toBe('?pilih.skill=100%2525+teliti,bahasa+inggris%252C+lanjutan,las+%26+bubut');
    expect(parseSelections(search)).toEqual({ skill: ['100% teliti', 'bahasa inggris, lanjutan', 'las & bubut'] });
    // The form URLSearchParams writes (commas as %2C) reads back the same.
    expect(parseSelections(serialiseSelections(sel).toString())).toEqual(parseSelections(search));
  });

  it('survives a filter change written by the filter code (which keeps unknown parameters)', () => {
    const withSel = serialiseSelections({ pend: ['SMA', 'SMK'] }, new URLSearchParams('periode=2026-10'));
    const afterFilter = serialiseFilters({ periode: '2026-09', kecamatan: '64.74.02' }, withSel);
    expect(afterFilter.get('kec')).toBe('64.74.02');
    expect(parseSelections(afterFilter)).toEqual({ pend: ['SMA', 'SMK'] });
  });

  it('orders numbers numerically and before text', () => {
    expect(['10', 'luar', '2', 'tanpa', '1'].sort(compareValues)).toEqual(['1', '2', '10', 'luar', 'tanpa']);
  });
});

describe('toggle and clear', () => {
  it('multi (default) adds and removes one value; the last removal drops the dimension', () => {
    let sel = toggle({}, 'pend', 'SMK');
    sel = toggle(sel, 'pend', 'SMA');
    expect(sel).toEqual({ pend: ['SMA', 'SMK'] });
    sel = toggle(sel, 'pend', 'SMK');
    expect(sel).toEqual({ pend: ['SMA'] });
    sel = toggle(sel, 'pend', 'SMA');
    expect(sel).toEqual({});
  });

  it('single (multi: false) replaces the dimension, and a second click on the only value clears it', () => {
    const start = { pend: ['SMA', 'SMK'], jk: ['P'] };
    const one = toggle(start, 'pend', 'S1', { multi: false });
    expect(one).toEqual({ jk: ['P'], pend: ['S1'] });
    expect(toggle(one, 'pend', 'S1', { multi: false })).toEqual({ jk: ['P'] });
    // A click on an already chosen value among several keeps only that value.
    expect(toggle(start, 'pend', 'SMA', { multi: false })).toEqual({ jk: ['P'], pend: ['SMA'] });
    // The input is not changed.
    expect(start).toEqual({ pend: ['SMA', 'SMK'], jk: ['P'] });
  });

  it('clear one dimension or all; without() is what a chart of that dimension filters by', () => {
    const sel = { pend: ['SMA'], jk: ['P'], desil: ['1', '2'] };
    expect(clear(sel, 'jk')).toEqual({ pend: ['SMA'], desil: ['1', '2'] });
    expect(clear(sel)).toEqual({});
    expect(without(sel, 'desil')).toEqual({ jk: ['P'], pend: ['SMA'] });
    expect(without(sel, undefined)).toEqual(normaliseSelections(sel));
    expect(countSelections(sel)).toBe(4);
  });

  it('round-trips through the URL after a series of toggles', () => {
    let sel = {};
    for (const [dim, v] of [['jk', 'L'], ['pend', 'SMK'], ['jk', 'P'], ['desil', '3'], ['jk', 'L']] as const) sel = toggle(sel, dim, v);
    expect(sel).toEqual({ jk: ['P'], pend: ['SMK'], desil: ['3'] });
    const back = parseSelections(toSearchString(serialiseSelections(sel, new URLSearchParams('periode=2026-10'))));
    expect(sameSelections(back, sel)).toBe(true);
    expect(sameSelections(back, { jk: ['P'] })).toBe(false);
  });
});
