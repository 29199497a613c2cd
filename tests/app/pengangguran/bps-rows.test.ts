import { describe, expect, it } from 'vitest';
import { bpsSources, bpsYears, isDerived } from '../../../src/app/components/pengangguran/bps-rows';
import type { BpsPasarKerjaRow } from '../../../src/core/indicators/pengangguran';

const row = (tahun: number, indikator: BpsPasarKerjaRow['indikator'], nilai: number, catatan: string | null = null, sumber = 'src'): BpsPasarKerjaRow => ({
  tahun,
  indikator,
  nilai,
  satuan: null,
  sumber,
  catatan,
});

describe('bpsYears', () => {
  it('spans every year from the first to the last figure, gaps as null, derived figures listed', () => {
    const years = bpsYears(
      [row(2021, 'tpt', 9.92), row(2021, 'tpak', 66.63, 'diturunkan (d): 72,08 − 5,45'), row(2023, 'penganggur', 7348), row(2024, 'tpt', 7.06)],
      [{ tahun: 2025, nilai: 14376 }],
    );
    expect(years.map((y) => y.tahun)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(years[0]).toMatchObject({ tpt: 9.92, tpak: 66.63, turunan: ['tpak'], aktif: null });
    expect(years[1]).toMatchObject({ tpt: null, penganggur: null, turunan: [] });
    expect(years[2].penganggur).toBe(7348);
    expect(years[4]).toMatchObject({ tpt: null, aktif: 14376 });
    expect(bpsYears([], [])).toEqual([]);
  });

  it('recognises derived notes and groups figures by source', () => {
    expect(isDerived('diturunkan (d): ≈ penganggur ÷ TPT')).toBe(true);
    expect(isDerived('TPT tertinggi di Kalimantan Timur')).toBe(false);
    expect(isDerived(null)).toBe(false);
    const s = bpsSources([row(2024, 'tpt', 7.06, null, 'a'), row(2024, 'penganggur', 6631, null, 'a'), row(2025, 'tpt', 6.36, 'catatan', 'b')]);
    expect(s).toEqual([
      { sumber: 'a', items: ['tpt 2024', 'penganggur 2024'] },
      { sumber: 'b', items: ['tpt 2025 (catatan)'] },
    ]);
  });
});
