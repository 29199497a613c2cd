import { describe, expect, it } from 'vitest';
import { PERSONAL_COLUMNS, maskValue } from '../../../src/core/normalise/mask';

const SYNTHETIC_NIK = '6474011501900001';

describe('maskValue', () => {
  it('lists the personal columns', () => {
    expect([...PERSONAL_COLUMNS].sort()).toEqual(['alamat', 'email', 'nama', 'nik', 'no_hp', 'no_kk', 'tanggal_lahir']);
  });

  it('keeps only the first 4 characters of nik and no_kk', () => {
    expect(maskValue('nik', SYNTHETIC_NIK)).toBe('6474************');
    expect(maskValue('no_kk', '6474010201150003')).toBe('6474************');
    expect(maskValue('nik', '6.47401E+15')).toBe('6.47*******');
    expect(maskValue('nik', 6474011501900000)).toBe('6474************');
    expect(maskValue('NIK', SYNTHETIC_NIK)).toBe('6474************');
  });

  it('hides names and contact data', () => {
    for (const col of ['nama', 'no_hp', 'alamat', 'email']) expect(maskValue(col, 'Siti Contoh 0812')).toBe('[disamarkan]');
  });

  it('replaces every digit of a birth date', () => {
    expect(maskValue('tanggal_lahir', '1990-01-15')).toBe('****-**-**');
    expect(maskValue('tanggal_lahir', '15 Januari 1990')).toBe('** Januari ****');
    expect(maskValue('tanggal_lahir', new Date(Date.UTC(1990, 0, 15)))).toBe('****-**-**');
    expect(maskValue('tanggal_lahir', 32888)).toBe('*****');
  });

  it('shows other columns, cut to 60 characters, dates as ISO', () => {
    expect(maskValue('jumlah', '12,5')).toBe('12,5');
    expect(maskValue('jumlah', 7)).toBe('7');
    expect(maskValue('tanggal_daftar', new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(maskValue('tanggal_daftar', '2026-01-05 10:30')).toBe('2026-01-05 10:30');
    expect(maskValue('kelurahan', '64.74.01.1003')).toBe('64.74.01.1003');
    expect(maskValue('catatan', 'x'.repeat(100))).toBe('x'.repeat(60));
    expect(maskValue('mou', true)).toBe('true');
  });

  it('masks long digit runs in any column', () => {
    expect(maskValue('catatan', `NIK ${SYNTHETIC_NIK} salah`)).toBe('NIK 6474************ salah');
    expect(maskValue('catatan', 'hubungi 081234567890')).toBe('hubungi 0812********');
    expect(maskValue('catatan', '6474 0115 0190 0001')).toBe('6474 **** **** ****');
    expect(maskValue('catatan', 'kode 123456789')).toBe('kode 123456789'); // 9 digits: kept
    const long = maskValue('catatan', `${'a'.repeat(50)}${SYNTHETIC_NIK}`);
    expect(long).toBe(`${'a'.repeat(50)}6474******`);
    expect(long).not.toMatch(/\d{5}/);
  });

  it('gives an empty string for blank cells', () => {
    expect(maskValue('nik', '')).toBe('');
    expect(maskValue('nama', null)).toBe('');
    expect(maskValue('catatan', undefined)).toBe('');
  });
});
