import { describe, expect, it } from 'vitest';
import { parseSex } from '../../../src/core/normalise/sex';

describe('parseSex', () => {
  it('reads the usual spellings', () => {
    for (const v of ['L', 'l', 'Laki-laki', 'LAKI-LAKI', 'Laki Laki', 'laki2', 'Pria', 'LK', 'M', 'male', ' Male ']) {
      expect(parseSex(v), v).toEqual({ ok: true, value: 'L' });
    }
    for (const v of ['P', 'p', 'Perempuan', 'PEREMPUAN', 'Wanita', 'PR', 'F', 'Female']) {
      expect(parseSex(v), v).toEqual({ ok: true, value: 'P' });
    }
  });

  it('requires a value and rejects unknown ones', () => {
    expect(parseSex('')).toEqual({ ok: false, code: 'required-missing' });
    expect(parseSex(null)).toEqual({ ok: false, code: 'required-missing' });
    for (const v of ['X', 'lainnya', '1', 'Laki-laki/Perempuan']) expect(parseSex(v)).toEqual({ ok: false, code: 'sex-invalid' });
    expect(parseSex(1)).toEqual({ ok: false, code: 'sex-invalid' });
  });
});
