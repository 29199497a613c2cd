import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/core/normalise/header';

describe('normaliseHeader', () => {
  it('gives one canonical form', () => {
    expect(normaliseHeader('Jenis Kelamin')).toBe('jenis_kelamin');
    expect(normaliseHeader('JENIS_KELAMIN')).toBe('jenis_kelamin');
    expect(normaliseHeader(' jenis  kelamin ')).toBe('jenis_kelamin');
    expect(normaliseHeader('No. HP')).toBe('no_hp');
    expect(normaliseHeader('\uFEFFnik')).toBe('nik');
    expect(normaliseHeader('Tanggal-Lahir (dd/mm/yyyy)')).toBe('tanggal_lahir_dd_mm_yyyy');
    expect(normaliseHeader('__Target KK__')).toBe('target_kk');
    expect(normaliseHeader('')).toBe('');
  });
});
