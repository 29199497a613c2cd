import type { AgustusRow, BpsPasarKerjaRow, KodeBpsPasarKerja } from '../../../core/indicators/pengangguran';

/** One year of the BPS panel: each published figure (or null), whether it is derived, and the register's August count. */
export interface BpsYear {
  tahun: number;
  tpt: number | null;
  tpak: number | null;
  penganggur: number | null;
  angkatan_kerja: number | null;
  /** Indicators whose figure this year is derived from other figures (marked * on screen). */
  turunan: KodeBpsPasarKerja[];
  /** Active AK1 job seekers on 31 August (only fully covered years), else null. */
  aktif: number | null;
}

/** A note that says the figure was derived, not published ("diturunkan (d): …"). */
export function isDerived(catatan: string | null): boolean {
  return !!catatan && /diturunkan|\(d\)|derived/i.test(catatan);
}

/**
 * Every year from the first to the last figure (BPS or register), so charts keep real time
 * spacing and a year without a figure shows as a gap.
 */
export function bpsYears(bps: readonly BpsPasarKerjaRow[], agustus: readonly AgustusRow[]): BpsYear[] {
  const years = [...bps.map((r) => r.tahun), ...agustus.map((r) => r.tahun)];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: BpsYear[] = [];
  for (let y = first; y <= last; y++) {
    const row: BpsYear = { tahun: y, tpt: null, tpak: null, penganggur: null, angkatan_kerja: null, turunan: [], aktif: null };
    for (const r of bps) {
      if (r.tahun !== y) continue;
      row[r.indikator] = r.nilai;
      if (isDerived(r.catatan)) row.turunan.push(r.indikator);
    }
    row.aktif = agustus.find((a) => a.tahun === y)?.nilai ?? null;
    out.push(row);
  }
  return out;
}

/** Sources of the BPS figures: each citation with the figures (indicator, year) it supports. */
export function bpsSources(bps: readonly BpsPasarKerjaRow[]): Array<{ sumber: string; items: string[] }> {
  const map = new Map<string, string[]>();
  for (const r of bps) {
    const item = `${r.indikator} ${r.tahun}${r.catatan ? ` (${r.catatan})` : ''}`;
    map.set(r.sumber, [...(map.get(r.sumber) ?? []), item]);
  }
  return [...map.entries()].map(([sumber, items]) => ({ sumber, items }));
}
