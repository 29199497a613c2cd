import { describe, expect, it } from 'vitest';
import { classifyBivariat } from '../../../src/app/components/kemiskinan/bivariat';
import { BIVARIATE_PALETTE } from '../../../src/app/components/views/colours';
import type { KemiskinanBivariatRow } from '../../../src/core/indicators/kemiskinan';

const row = (kode: string, x: number | null, y: number | null): KemiskinanBivariatRow => ({
  kode_kelurahan: kode,
  nama_kelurahan: `Kel ${kode}`,
  kode_kecamatan: '64.74.01',
  pencaker: 0,
  pencaker_kota: 0,
  dtsen_jiwa: 0,
  dtsen_miskin: 0,
  x,
  y,
  per_seribu_dtsen: null,
});

describe('classifyBivariat', () => {
  // nine kelurahan: x 1..9, y 9..1 except the last, which is high on both
  const rows = [
    row('a', 1, 9),
    row('b', 2, 8),
    row('c', 3, 7),
    row('d', 4, 6),
    row('e', 5, 5),
    row('f', 6, 4),
    row('g', 7, 3),
    row('h', 8, 2),
    row('i', 9, 9.5),
    row('z', null, 3),
  ];
  const c = classifyBivariat(rows);

  it('splits x and y into terciles over the kelurahan that have both values', () => {
    expect(c.xBreaks).toEqual([3, 6]);
    expect(c.yBreaks).toEqual([4, 7]);
  });

  it('gives each kelurahan its 3×3 class and palette colour, none when a value is missing', () => {
    const byKode = Object.fromEntries(c.rows.map((r) => [r.kode_kelurahan, r.cls]));
    expect(byKode.a).toEqual({ x: 0, y: 2, index: 6, colour: BIVARIATE_PALETTE[6] });
    expect(byKode.e).toEqual({ x: 1, y: 1, index: 4, colour: BIVARIATE_PALETTE[4] });
    expect(byKode.h).toEqual({ x: 2, y: 0, index: 2, colour: BIVARIATE_PALETTE[2] });
    expect(byKode.i).toEqual({ x: 2, y: 2, index: 8, colour: BIVARIATE_PALETTE[8] });
    expect(byKode.z).toBeNull();
  });

  it('counts kelurahan per legend cell and lists those high on both', () => {
    expect(c.counts.reduce((s, n) => s + n, 0)).toBe(9);
    // a, b: (low x, high y); c: (low, mid); d, e: (mid, mid); f: (mid, low); g, h: (high, low); i: (high, high)
    expect(c.counts).toEqual([0, 1, 2, 1, 2, 0, 2, 0, 1]);
    expect(c.bothHigh.map((r) => r.kode_kelurahan)).toEqual(['i']);
  });

  it('copes with no rows', () => {
    const empty = classifyBivariat([]);
    expect(empty.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(empty.bothHigh).toEqual([]);
  });
});
