import { describe, expect, it } from 'vitest';
import {
  INDICATOR_DEFINITIONS,
  PUBLISHED_INDICATORS,
  publishedValue,
  type IndicatorCode,
} from '../../../src/core/reference/published-indicators';

const bontang = (indikator: IndicatorCode, tahun: number) =>
  PUBLISHED_INDICATORS.filter((r) => r.wilayah === '64.74' && r.indikator === indikator && r.tahun === tahun);

describe('published indicators', () => {
  it('holds the latest Bontang TPT figures', () => {
    expect(publishedValue('tpt', 2025)).toBe(6.36);
    expect(publishedValue('tpt', 2024)).toBe(7.06);
    expect(publishedValue('tpt', 2015)).toBe(12.07);
    expect(bontang('tpt', 2025)[0].periode).toBe('Agustus');
  });

  it('reproduces the Bontang TPT 2021-2024 from unemployed ÷ labour force within 0.05 points', () => {
    for (const year of [2021, 2022, 2023, 2024]) {
      const unemployed = publishedValue('penganggur', year)!;
      const labourForce = publishedValue('angkatan_kerja', year)!;
      const tpt = publishedValue('tpt', year)!;
      expect(unemployed).toBeGreaterThan(0);
      expect(labourForce).toBeGreaterThan(unemployed);
      expect(Math.abs((unemployed / labourForce) * 100 - tpt)).toBeLessThan(0.05);
    }
  });

  it('marks derived figures and leaves out unverified years', () => {
    const ak2021 = bontang('angkatan_kerja', 2021)[0];
    expect(ak2021.nilai).toBe(90_071);
    expect(ak2021.catatan).toMatch(/diturunkan \(d\)/);
    expect(bontang('tpak', 2021)[0].catatan).toMatch(/diturunkan \(d\)/);
    expect(bontang('angkatan_kerja', 2022)[0].catatan ?? '').not.toMatch(/diturunkan/);
    // 2016 and 2018 TPT were not found (❓ in domain-facts)
    expect(bontang('tpt', 2016)).toHaveLength(0);
    expect(bontang('tpt', 2018)).toHaveLength(0);
    expect(bontang('penganggur', 2025)).toHaveLength(0);
  });

  it('has poverty 2015-2024 and kecamatan populations summing to the city total', () => {
    const years = PUBLISHED_INDICATORS.filter((r) => r.wilayah === '64.74' && r.indikator === 'penduduk_miskin_persen')
      .map((r) => r.tahun)
      .sort();
    expect(years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(publishedValue('penduduk_miskin_persen', 2024)).toBe(3.74);
    const kec2024 = PUBLISHED_INDICATORS.filter((r) => r.indikator === 'penduduk' && r.tahun === 2024 && /^64\.74\.0\d$/.test(r.wilayah));
    expect(kec2024.map((r) => r.wilayah)).toEqual(['64.74.01', '64.74.02', '64.74.03']);
    expect(kec2024.reduce((s, r) => s + r.nilai, 0)).toBe(publishedValue('penduduk', 2024));
    expect(publishedValue('penduduk', 2020)).toBe(178_917);
  });

  it('has Kaltim and national TPT for comparison', () => {
    expect(publishedValue('tpt', 2025, '64')).toBe(5.18);
    expect(publishedValue('tpt', 2024, '00')).toBe(4.91);
    const kaltimYears = PUBLISHED_INDICATORS.filter((r) => r.wilayah === '64' && r.indikator === 'tpt').map((r) => r.tahun);
    expect(kaltimYears).toEqual([2015, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('gives every row a source URL, a unit matching its definition, and short text fields', () => {
    const seen = new Set<string>();
    for (const r of PUBLISHED_INDICATORS) {
      expect(r.sumber).toMatch(/^https?:\/\//);
      expect(r.sumber.length).toBeLessThanOrEqual(200);
      expect((r.catatan ?? '').length).toBeLessThanOrEqual(200);
      expect(r.satuan).toBe(INDICATOR_DEFINITIONS[r.indikator].satuan);
      expect(Number.isFinite(r.nilai)).toBe(true);
      const key = `${r.tahun}|${r.periode}|${r.wilayah}|${r.indikator}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    for (const def of Object.values(INDICATOR_DEFINITIONS)) {
      expect(def.label.length).toBeGreaterThan(3);
      expect(def.definisi.length).toBeGreaterThan(20);
    }
    expect(INDICATOR_DEFINITIONS.tpt.definisi).toMatch(/angkatan kerja/);
  });
});
