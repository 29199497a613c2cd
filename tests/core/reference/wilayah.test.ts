import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KECAMATAN,
  KELURAHAN,
  KOTA,
  kecamatanByKode,
  kecamatanOf,
  kelurahanByKode,
  kelurahanIn,
} from '../../../src/core/reference/wilayah';

// Independent source: the idn-area-data package (Kemendagri codes and names).
function csvRows(file: string): string[][] {
  const text = readFileSync(path.resolve(process.cwd(), 'node_modules/idn-area-data/data', file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

describe('reference/wilayah', () => {
  it('has exactly the 15 kelurahan of 64.74 in idn-area-data villages.csv (code, kecamatan, name)', () => {
    const villages = csvRows('villages.csv').filter((r) => r[1].startsWith('64.74.'));
    expect(villages).toHaveLength(15);
    expect(KELURAHAN.map((k) => [k.kode, k.kode_kecamatan, k.nama])).toEqual(villages.map((r) => [r[0], r[1], r[2]]));
  });

  it('has exactly the 3 kecamatan of 64.74 in idn-area-data districts.csv', () => {
    const districts = csvRows('districts.csv').filter((r) => r[1] === '64.74');
    expect(KECAMATAN.map((k) => [k.kode, k.nama])).toEqual(districts.map((r) => [r[0], r[2]]));
    const regency = csvRows('regencies.csv').find((r) => r[0] === '64.74');
    expect(regency?.[2]).toBe('Kota Bontang');
    expect(KOTA.nama).toBe('Kota Bontang');
  });

  it('has 6, 6 and 3 kelurahan per kecamatan (domain-facts 2a)', () => {
    expect(KECAMATAN.map((k) => kelurahanIn(k.kode).length)).toEqual([6, 6, 3]);
  });

  it('kecamatan populations 2024 sum to the city total 191,811', () => {
    expect(KECAMATAN.map((k) => k.penduduk_2024)).toEqual([89_010, 71_167, 31_634]);
    expect(KECAMATAN.reduce((s, k) => s + k.penduduk_2024, 0)).toBe(KOTA.penduduk_2024);
    expect(KOTA.penduduk_2024).toBe(191_811);
  });

  it('kecamatanOf and lookups', () => {
    expect(kecamatanOf('64.74.01.1003')?.nama).toBe('Bontang Utara');
    expect(kecamatanOf('64.74.02.1006')?.nama).toBe('Bontang Selatan');
    expect(kecamatanOf('64.74.03.1003')?.nama).toBe('Bontang Barat');
    expect(kecamatanOf('64.74.04.1001')).toBeUndefined();
    expect(kelurahanByKode('64.74.01.1006')?.nama).toBe('Api-api');
    expect(kecamatanByKode('64.74.02')?.nama).toBe('Bontang Selatan');
  });

  it('label points lie inside the city extent and BPS codes are unknown', () => {
    const e = KOTA.extent;
    for (const k of KELURAHAN) {
      expect(k.label.lat).toBeGreaterThan(e.minLat);
      expect(k.label.lat).toBeLessThan(e.maxLat);
      expect(k.label.lng).toBeGreaterThan(e.minLng);
      expect(k.label.lng).toBeLessThan(e.maxLng);
      expect(k.kode_bps).toBeNull();
    }
    expect(kelurahanByKode('64.74.02.1005')?.label).toEqual({ lat: 0.056, lng: 117.444 });
  });

  it('lists the known name variants', () => {
    expect(kelurahanByKode('64.74.01.1003')?.alias).toEqual(expect.arrayContaining(['Loktuan', 'Lhoktuan', 'Lok-Tuan']));
    expect(kelurahanByKode('64.74.02.1006')?.alias).toContain('Tanjut Laut Indah');
    expect(kelurahanByKode('64.74.01.1006')?.alias).toContain('Api-Api');
  });
});
