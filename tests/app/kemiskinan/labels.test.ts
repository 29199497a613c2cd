import { describe, expect, it } from 'vitest';
import { desilGroup, desilLabel, isPoorSelection, namaJabatan } from '../../../src/app/components/kemiskinan/labels';
import { createI18n } from '../../../src/app/messages/i18n';
import { en, id } from '../../../src/app/messages/views/kemiskinan';

const i18n = createI18n({ lang: 'id' });
const t = i18n.getFixedT('id', 'kemiskinan');
const tEn = i18n.getFixedT('en', 'kemiskinan');

describe('desil labels', () => {
  it('names deciles and the two categories without a decile, in both languages', () => {
    expect(desilLabel('3', t)).toBe('Desil 3');
    expect(desilLabel('3', t, true)).toBe('3');
    expect(desilLabel('tanpa', t)).toBe('Di DTSEN tanpa desil');
    expect(desilLabel('luar', t)).toBe('Tidak ditemukan di DTSEN');
    expect(desilLabel('luar', tEn)).toBe('Not found in DTSEN');
    expect(desilLabel('10', tEn)).toBe('Decile 10');
  });

  it('groups deciles 1-4 as poor, 5-10 as other, the rest as none', () => {
    expect(['1', '4', '5', '10', 'tanpa', 'luar'].map(desilGroup)).toEqual(['poor', 'poor', 'other', 'other', 'none', 'none']);
  });

  it('recognises the "desil 1-4" selection in any order, and only that', () => {
    expect(isPoorSelection(['4', '3', '2', '1'])).toBe(true);
    expect(isPoorSelection(['1', '2', '3'])).toBe(false);
    expect(isPoorSelection(['1', '2', '3', '4', '5'])).toBe(false);
    expect(isPoorSelection(undefined)).toBe(false);
  });

  it('names 4-digit occupations from the KBJI reference list', () => {
    expect(namaJabatan('9621')).toBe('Kurir');
    expect(namaJabatan('0000')).toBeUndefined();
  });
});

describe('the kemiskinan namespace', () => {
  it('has the same keys in Indonesian and English, and no empty string', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
    expect(keys(en).sort()).toEqual(keys(id).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    for (const v of [...values(id), ...values(en)]) expect(v.trim().length).toBeGreaterThan(0);
  });
});
