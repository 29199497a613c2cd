import { describe, expect, it } from 'vitest';
import { parseYaTidak } from '../../../src/core/normalise/booleans';

describe('parseYaTidak', () => {
  it('reads yes values', () => {
    for (const v of ['ya', 'Ya', 'YA', 'y', 'yes', 'TRUE', '1', 'benar', 1, true]) {
      expect(parseYaTidak(v), String(v)).toEqual({ ok: true, value: true });
    }
  });

  it('reads no values', () => {
    for (const v of ['tidak', 'Tidak', 't', 'no', 'false', '0', 'bukan', ' TIDAK ', 0, false]) {
      expect(parseYaTidak(v), String(v)).toEqual({ ok: true, value: false });
    }
  });

  it('gives null for blank and rejects others', () => {
    expect(parseYaTidak('')).toEqual({ ok: true, value: null });
    expect(parseYaTidak(null)).toEqual({ ok: true, value: null });
    for (const v of ['mungkin', '2', 'ya tidak', 2]) {
      expect(parseYaTidak(v), String(v)).toEqual({ ok: false, code: 'boolean-invalid' });
    }
  });
});
