import { describe, expect, it } from 'vitest';
import { KELURAHAN } from '../../../src/core/reference/wilayah';
import { createKelurahanMatcher, kelurahanKey } from '../../../src/core/normalise/region';

const match = createKelurahanMatcher();

describe('normalise/region createKelurahanMatcher', () => {
  it('accepts Kemendagri codes in the usual layouts', () => {
    for (const v of ['64.74.01.1003', '6474011003', '64 74 01 1003', ' 64.74.01.1003 ', '64-74-01-1003', 6474011003]) {
      expect(match(v), String(v)).toEqual({ ok: true, value: '64.74.01.1003' });
    }
    expect(match('64.74.03.1003')).toEqual({ ok: true, value: '64.74.03.1003' });
  });

  it('rejects codes outside 64.74 and non-existent codes', () => {
    expect(match('64.72.01.1003')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match('6474041001')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match('64.74.01.1007')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match('64.74.01')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match(64740110031)).toEqual({ ok: false, code: 'kelurahan-unknown' });
  });

  it('matches every reference name and alias exactly (not repaired)', () => {
    for (const k of KELURAHAN) {
      for (const name of [k.nama, ...k.alias]) expect(match(name), name).toEqual({ ok: true, value: k.kode });
    }
  });

  it('matches the messy variants of the data contract', () => {
    const cases: [string, string][] = [
      ['Api-api', '64.74.01.1006'],
      ['Api-Api', '64.74.01.1006'],
      ['API API', '64.74.01.1006'],
      ['apiapi', '64.74.01.1006'],
      ['Lok Tuan', '64.74.01.1003'],
      ['Loktuan', '64.74.01.1003'],
      ['Lhoktuan', '64.74.01.1003'],
      ['LOK-TUAN', '64.74.01.1003'],
      ['Kel. Lok Tuan', '64.74.01.1003'],
      ['Kelurahan Loktuan', '64.74.01.1003'],
      ['KEL LHOKTUAN', '64.74.01.1003'],
      ['Desa Lok Tuan', '64.74.01.1003'],
      ['Lok Tuan, Bontang Utara', '64.74.01.1003'],
      ['Lok Tuan (Bontang Utara)', '64.74.01.1003'],
      ['Kel. Lok Tuan Kec. Bontang Utara', '64.74.01.1003'],
      ['Tanjung Laut Indah', '64.74.02.1006'],
      ['Tanjut Laut Indah', '64.74.02.1006'],
      ['Tj. Laut Indah', '64.74.02.1006'],
      ['TG LAUT INDAH', '64.74.02.1006'],
      ['Tjg. Laut Indah', '64.74.02.1006'],
      ['Tanjung Laut', '64.74.02.1001'],
      ['Tj.Laut', '64.74.02.1001'],
      ['  berbas   pantai ', '64.74.02.1003'],
      ['BERBAS TENGAH', '64.74.02.1002'],
      ['Gn. Elai', '64.74.01.1005'],
      ['G. Elai', '64.74.01.1005'],
      ['Gunung Telihan', '64.74.03.1002'],
      ['Gn.Telihan', '64.74.03.1002'],
      ['Btg Kuala', '64.74.01.1001'],
      ['Bontang Kuala', '64.74.01.1001'],
      ['Kelurahan Bontang Lestari', '64.74.02.1005'],
      ['kanaan', '64.74.03.1003'],
      ['Bélimbing', '64.74.03.1001'],
    ];
    for (const [v, code] of cases) expect(match(v), v).toEqual({ ok: true, value: code });
  });

  it('falls back to a fuzzy match (distance <= 2, one candidate) flagged repaired', () => {
    expect(match('Guntun')).toEqual({ ok: true, value: '64.74.01.1004', repaired: true });
    expect(match('Satimpoo')).toEqual({ ok: true, value: '64.74.02.1004', repaired: true });
    expect(match('Berbas Pantei')).toEqual({ ok: true, value: '64.74.02.1003', repaired: true });
    expect(match('Bontang Lestary')).toEqual({ ok: true, value: '64.74.02.1005', repaired: true });
    expect(match('Blimbing')).toEqual({ ok: true, value: '64.74.03.1001', repaired: true });
    expect(match('Tanjung Lauut Indah')).toEqual({ ok: true, value: '64.74.02.1006', repaired: true });
  });

  it('rejects ambiguous, distant and unrelated names', () => {
    // 'Berbas Tentai' is 2 edits from both Berbas Tengah and Berbas Pantai -> ambiguous.
    expect(match('Berbas Tentai')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    for (const v of ['Bontang', 'Bontang Utara', 'Samarinda', 'Sangatta Utara', 'Kelurahan', 'xyz', '12', 'Kel.']) {
      expect(match(v), v).toEqual({ ok: false, code: 'kelurahan-unknown' });
    }
    expect(match(true)).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match(new Date(2026, 0, 1))).toEqual({ ok: false, code: 'kelurahan-unknown' });
  });

  it('reports blanks as required-missing', () => {
    for (const v of [null, undefined, '', '   ', '-']) expect(match(v)).toEqual({ ok: false, code: 'required-missing' });
  });

  it('uses extra aliases from the mapping file first (names and BPS-style codes)', () => {
    const m = createKelurahanMatcher({
      'Selambai': '64.74.01.1003',
      '6474010001': '6474011001',
      'Kampung Baru': '64 74 02 1001',
    });
    expect(m('Selambai')).toEqual({ ok: true, value: '64.74.01.1003' });
    expect(m('Kel. SELAMBAI')).toEqual({ ok: true, value: '64.74.01.1003' });
    expect(m('6474010001')).toEqual({ ok: true, value: '64.74.01.1001' });
    expect(m('64.74.010.001')).toEqual({ ok: true, value: '64.74.01.1001' });
    expect(m('kampung baru')).toEqual({ ok: true, value: '64.74.02.1001' });
    expect(m('Selambay')).toEqual({ ok: true, value: '64.74.01.1003', repaired: true });
    // The default matcher does not know them.
    expect(match('Selambai')).toEqual({ ok: false, code: 'kelurahan-unknown' });
    expect(match('6474010001')).toEqual({ ok: false, code: 'kelurahan-unknown' });
  });

  it('throws mapping-invalid for an alias pointing outside Bontang', () => {
    expect(() => createKelurahanMatcher({ Foo: '64.72.01.1001' })).toThrow(/not a Kota Bontang kelurahan/);
    try {
      createKelurahanMatcher({ Foo: 'Lok Tuan' });
      expect.unreachable();
    } catch (e) {
      expect((e as { code?: string }).code).toBe('mapping-invalid');
    }
  });

  it('normalises keys', () => {
    expect(kelurahanKey('Kel. Tj. Laut-Indah')).toBe('tanjunglautindah');
    expect(kelurahanKey('KELURAHAN  Gn  Elai')).toBe('gunungelai');
  });

  it('is fast on a million calls (cached)', () => {
    const m = createKelurahanMatcher();
    const values = ['Lok Tuan', 'Loktuan', '6474011003', 'Api-Api', 'Tanjut Laut Indah', 'Guntun', 'nowhere', ''];
    const t0 = performance.now();
    let okCount = 0;
    for (let i = 0; i < 1_000_000; i++) if (m(values[i % values.length]).ok) okCount++;
    const ms = performance.now() - t0;
    expect(okCount).toBe(750_000);
    expect(ms).toBeLessThan(2_000);
  });
});
