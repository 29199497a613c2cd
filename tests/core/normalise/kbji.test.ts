import { describe, expect, it } from 'vitest';
import { parseKbji } from '../../../src/core/normalise/kbji';
import { KBJI_JABATAN } from '../../../src/core/reference/kbji';

const code = (kode: string) => ({ ok: true, value: { kode, golongan: kode[0] } });

describe('normalise/kbji parseKbji', () => {
  it('blank -> ok(null)', () => {
    for (const v of [null, undefined, '', '  ', '-']) expect(parseKbji(v)).toEqual({ ok: true, value: null });
  });

  it('accepts 1-4 digit codes, with a name or a KBJI occupation suffix', () => {
    expect(parseKbji('7212')).toEqual(code('7212'));
    expect(parseKbji(7212)).toEqual(code('7212'));
    expect(parseKbji('7')).toEqual(code('7'));
    expect(parseKbji('72')).toEqual(code('72'));
    expect(parseKbji('721')).toEqual(code('721'));
    expect(parseKbji(' 7212 - Tukang Las ')).toEqual(code('7212'));
    expect(parseKbji('8342 Operator Alat Berat')).toEqual(code('8342'));
    expect(parseKbji('5414: Satpam')).toEqual(code('5414'));
    expect(parseKbji('7212.01')).toEqual(code('7212'));
    expect(parseKbji('0110')).toEqual(code('0110'));
  });

  it('maps names and synonyms (case, spacing and punctuation insensitive) to 4-digit codes', () => {
    const cases: [string, string][] = [
      ['Tukang Las', '7212'],
      ['WELDER', '7212'],
      ['juru las', '7212'],
      ['Operator Alat Berat', '8342'],
      ['operator excavator', '8342'],
      ['Sopir', '8322'],
      ['Supir', '8322'],
      ['Driver', '8322'],
      ['Satpam', '5414'],
      ['Security', '5414'],
      ['Staf Administrasi', '4110'],
      ['Admin', '4110'],
      ['Staff  Admin.', '4110'],
      ['Pipe Fitter', '7126'],
      ['Pipefitter', '7126'],
      ['Scaffolder', '7119'],
      ['Cleaning Service', '9112'],
      ['Kasir', '5230'],
      ['Perawat', '3221'],
      ['Bidan', '3222'],
      ['Guru SD', '2341'],
      ['Akuntan', '2411'],
      ['Programmer', '2512'],
      ['HSE Officer', '3257'],
      ['Nelayan', '6222'],
      ['Operator Forklift', '8344'],
      ['Operator Crane', '8343'],
      ['Penjahit', '7531'],
    ];
    for (const [v, k] of cases) expect(parseKbji(v), v).toEqual(code(k));
  });

  it('knows every curated name and synonym', () => {
    for (const j of KBJI_JABATAN) for (const n of [j.nama, ...j.sinonim]) expect(parseKbji(n).ok, n).toBe(true);
  });

  it('fails kbji-unknown for anything else', () => {
    for (const v of ['72121', 'Astronot', 'Tukang', '12 3', 'x7212', 7212.5, -7, true]) {
      expect(parseKbji(v), String(v)).toEqual({ ok: false, code: 'kbji-unknown' });
    }
  });

  it('returns the cached result for a repeated value', () => {
    expect(parseKbji('Tukang Las')).toBe(parseKbji('Tukang Las'));
  });
});
