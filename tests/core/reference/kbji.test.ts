import { describe, expect, it } from 'vitest';
import { KBJI_GOLONGAN_POKOK, KBJI_JABATAN, namaGolonganPokok } from '../../../src/core/reference/kbji';
import { kbjiKey } from '../../../src/core/normalise/kbji';

describe('reference/kbji', () => {
  it('has the 10 major groups 0-9 with Indonesian names', () => {
    expect(KBJI_GOLONGAN_POKOK.map((g) => g.kode)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(namaGolonganPokok('4')).toBe('Tenaga Tata Usaha');
    expect(namaGolonganPokok('9')).toBe('Pekerja Kasar');
    expect(namaGolonganPokok('X')).toBeUndefined();
  });

  it('has about 80+ occupations, each with a 4-digit code', () => {
    expect(KBJI_JABATAN.length).toBeGreaterThanOrEqual(80);
    for (const j of KBJI_JABATAN) expect(j.kode).toMatch(/^[1-9]\d{3}$/);
  });

  it('never gives one name or synonym two codes', () => {
    const seen = new Map<string, string>();
    for (const j of KBJI_JABATAN) {
      for (const name of [j.nama, ...j.sinonim]) {
        const key = kbjiKey(name);
        const prev = seen.get(key);
        expect(prev === undefined || prev === j.kode, `${name}: ${prev} vs ${j.kode}`).toBe(true);
        seen.set(key, j.kode);
      }
    }
  });

  it('maps the brief’s anchor occupations to their ISCO-08 unit groups', () => {
    const code = (nama: string) => KBJI_JABATAN.find((j) => j.nama === nama)?.kode;
    expect(code('Tukang Las')).toBe('7212');
    expect(code('Tukang Pipa')).toBe('7126');
    expect(code('Operator Alat Berat')).toBe('8342');
    expect(code('Satpam')).toBe('5414');
    expect(code('Staf Administrasi')).toBe('4110');
    expect(code('Pemasang Perancah')).toBe('7119');
  });
});
