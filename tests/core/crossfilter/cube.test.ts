import { describe, expect, it } from 'vitest';
import { Cube, LIST_SEPARATOR } from '../../../src/core/crossfilter/cube';
import { areaFilters, hasSelections, selectionFilters } from '../../../src/core/crossfilter/filters';

/** A small random cube and the same numbers computed by brute force over its rows. */
function randomRows(count: number, seed: number) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: count }, () => ({
    kel: pick(['a', 'b', 'c', null]),
    jk: pick(['L', 'P']),
    pend: pick(['SD', 'SMA', 'S1', null]),
    bulan: pick([0, 1, 2, 5, 12, 13, 30]),
    n: 1 + Math.floor(rnd() * 4),
  }));
}
type Row = ReturnType<typeof randomRows>[number];
const COLUMNS = { dims: ['kel', 'jk', 'pend'], numbers: ['bulan', 'n'] };

function bruteMedian(rows: Row[]): number | null {
  const values = rows.flatMap((r) => Array<number>(r.n).fill(r.bulan)).sort((a, b) => a - b);
  if (!values.length) return null;
  const m = Math.floor(values.length / 2);
  return values.length % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

describe('Cube', () => {
  const rows = randomRows(500, 7);
  const cube = Cube.fromRows(rows, COLUMNS);

  it('keeps the rows that pass every filter (values OR-ed, filters AND-ed, NULL never matches)', () => {
    const filters = [
      { column: 'jk', values: new Set(['P']) },
      { column: 'pend', values: new Set(['SD', 'S1']) },
    ];
    const got = [...cube.matching(filters)];
    const want = rows.flatMap((r, i) => (r.jk === 'P' && (r.pend === 'SD' || r.pend === 'S1') ? [i] : []));
    expect(got).toEqual(want);
    expect(want.length).toBeGreaterThan(20);
    expect([...cube.matching([])]).toHaveLength(rows.length);
    expect(cube.matching([{ column: 'pend', values: new Set(['nothing']) }])).toHaveLength(0);
  });

  it('sums a measure per key, leaving out NULL keys and empty groups', () => {
    const sel = cube.matching([{ column: 'jk', values: new Set(['L']) }]);
    const got = cube.sumBy(sel, 'kel', 'n');
    const want = new Map<string, number>();
    for (const r of rows) if (r.jk === 'L' && r.kel !== null) want.set(r.kel, (want.get(r.kel) ?? 0) + r.n);
    expect(got).toEqual(want);
    expect(got.has('null')).toBe(false);
  });

  it('sums with a condition on a number column', () => {
    const all = cube.matching([]);
    const bulan = cube.number('bulan');
    expect(cube.sum(all, 'n', (i) => bulan[i] >= 12)).toBe(rows.filter((r) => r.bulan >= 12).reduce((s, r) => s + r.n, 0));
    expect(cube.sum(all, 'n')).toBe(rows.reduce((s, r) => s + r.n, 0));
  });

  it('computes the median of the individual values behind the counts (odd, even, empty)', () => {
    for (let seed = 1; seed < 40; seed++) {
      const rs = randomRows(1 + (seed % 9), seed);
      const c = Cube.fromRows(rs, COLUMNS);
      expect(c.weightedMedian(c.matching([]), 'bulan', 'n'), `seed ${seed}`).toBe(bruteMedian(rs));
    }
    expect(cube.weightedMedian(new Uint32Array(0), 'bulan', 'n')).toBeNull();
    const even = Cube.fromRows([{ kel: 'a', jk: 'L', pend: 'SD', bulan: 2, n: 1 }, { kel: 'a', jk: 'L', pend: 'SD', bulan: 5, n: 1 }], COLUMNS);
    expect(even.weightedMedian(even.matching([]), 'bulan', 'n')).toBe(3.5);
  });

  it('names a missing column in its error', () => {
    expect(() => cube.matching([{ column: 'umur', values: new Set(['1']) }])).toThrow(/umur/);
    expect(() => cube.number('durasi')).toThrow(/durasi/);
  });
});

describe('selection and area filters', () => {
  it('mirror selectionWhere: supported dimensions only, the excluded one left out, empty lists ignored', () => {
    const f = selectionFilters({ jk: ['P'], pend: ['SMA', 'SMK'], desil: ['1'], kbji: [] }, { supported: ['jk', 'pend', 'kbji'], exclude: 'jk' });
    expect(f).toEqual([{ column: 'pendidikan', values: new Set(['SMA', 'SMK']) }]);
  });
  it('mark the multi-valued skill dimension as a list', () => {
    expect(selectionFilters({ skill: ['las'] }, { supported: ['skill'] })).toEqual([{ column: 'keterampilan', values: new Set(['las']), list: true }]);
  });
  it('filter kecamatan and kelurahan', () => {
    expect(areaFilters({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' })).toEqual([
      { column: 'kode_kecamatan', values: new Set(['64.74.01']) },
      { column: 'kode_kelurahan', values: new Set(['64.74.01.1003']) },
    ]);
    expect(areaFilters({})).toEqual([]);
  });
  it('know when anything is selected', () => {
    expect(hasSelections(undefined)).toBe(false);
    expect(hasSelections({ jk: [] })).toBe(false);
    expect(hasSelections({ jk: ['L'] })).toBe(true);
  });
});

describe('Cube list dimensions (skills)', () => {
  const SEP = LIST_SEPARATOR;
  const people = [
    { kel: 'a', skills: ['las', 'komunikasi'], n: 2 },
    { kel: 'a', skills: ['las'], n: 3 },
    { kel: 'b', skills: [], n: 4 },
    { kel: 'b', skills: null, n: 5 },
    { kel: 'b', skills: ['mengemudi', 'las, pipa'], n: 1 },
  ];
  const cube = Cube.fromRows(
    people.map((p) => ({ kel: p.kel, skills: p.skills === null ? null : p.skills.join(SEP), n: p.n })),
    { dims: ['kel', 'skills'], numbers: ['n'], lists: ['skills'] },
  );
  const filter = (...values: string[]) => [{ column: 'skills', values: new Set(values), list: true }];

  it('passes a row whose list holds any chosen item (empty and NULL lists never)', () => {
    expect([...cube.matching(filter('las'))]).toEqual([0, 1]);
    expect([...cube.matching(filter('las, pipa', 'komunikasi'))]).toEqual([0, 4]);
    expect([...cube.matching(filter(''))]).toEqual([]);
  });
  it('sums per item, a row adding to each item of its list', () => {
    expect(cube.sumBy(cube.matching([]), 'skills', 'n')).toEqual(
      new Map([
        ['las', 5],
        ['komunikasi', 2],
        ['mengemudi', 1],
        ['las, pipa', 1],
      ]),
    );
    expect(cube.values('skills')).toEqual(new Set(['las', 'komunikasi', 'mengemudi', 'las, pipa']));
  });
  it('refuses a list filter on a plain column and a plain filter on a list column', () => {
    expect(() => cube.matching([{ column: 'kel', values: new Set(['a']), list: true }])).toThrow(/kel/);
    expect(() => cube.matching([{ column: 'skills', values: new Set(['las']) }])).toThrow(/skills/);
    expect(() => cube.sumByPair(cube.matching([]), 'kel', 'skills', 'n')).toThrow(/skills/);
  });
  it('sums per key only where a condition holds', () => {
    const n = cube.number('n');
    expect(cube.sumBy(cube.matching([]), 'kel', 'n', (i) => n[i] > 2)).toEqual(new Map([['a', 3], ['b', 9]]));
  });
});

describe('Cube.sumByPair', () => {
  it('sums per pair of keys in one pass, as two nested sumBy would', () => {
    const rows = randomRows(400, 11);
    const cube = Cube.fromRows(rows, COLUMNS);
    const sel = cube.matching([{ column: 'pend', values: new Set(['SD', 'SMA']) }]);
    const got = cube.sumByPair(sel, 'jk', 'kel', 'n');
    for (const jk of ['L', 'P']) {
      const want = new Map<string, number>();
      for (const r of rows) if (r.jk === jk && r.kel !== null && (r.pend === 'SD' || r.pend === 'SMA')) want.set(r.kel, (want.get(r.kel) ?? 0) + r.n);
      expect(got.get(jk)).toEqual(want);
    }
    expect([...got.keys()].sort()).toEqual(['L', 'P']);
  });
});
