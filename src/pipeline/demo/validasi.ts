import { join } from 'node:path';
import { dayOf, formatDay, isoOf, utcDate } from './calendar';
import { PLACES } from './places';
import { Rng } from './rng';
import { CsvWriter, writeXlsx, type XlsxCell } from './sinks';
import { cleanTable, type TableTruth, type ValidasiTruth } from './truth';

/**
 * Verification of the 2025 poverty list (domain-facts 3c): field checks from the end of August,
 * enumerators at work from 1 October, about 94% done early November. Bontang Selatan finishes
 * first, then Bontang Barat; Bontang Utara is last, and Guntung (whose officer was unavailable)
 * trails into January. Targets per kelurahan split the final 2025 KK and person totals.
 */

export interface VerificationPlan {
  /** Per kelurahan (PLACES index): day enumerators started, day the last household was verified. */
  start: number[];
  complete: number[];
  /** Weekly reporting days (Fridays), oldest first. */
  reportingDays: number[];
}

const PRECHECK_FROM = dayOf(2025, 9, 1);
const PRECHECK_SHARE = 0.05;

/** Fix start and completion days per kelurahan (deterministic for a seed). */
export function planVerification(seed: number): VerificationPlan {
  const rng = new Rng(seed, 'validasi');
  const start: number[] = [];
  const complete: number[] = [];
  for (const p of PLACES) {
    const kode = p.kel.kode;
    start.push(kode === '64.74.01.1004' ? dayOf(2025, 10, 20) : dayOf(2025, 9, 29) + rng.int(0, 4));
    if (kode === '64.74.01.1004') complete.push(dayOf(2026, 1, 13));
    else if (p.kec === 2) complete.push(dayOf(2025, 11, 3) + rng.int(0, 9));
    else if (p.kec === 3) complete.push(dayOf(2025, 11, 15) + rng.int(0, 6));
    else complete.push(dayOf(2025, 11, 24) + rng.int(0, 18));
  }
  const reportingDays: number[] = [];
  for (let d = dayOf(2025, 9, 5); d <= dayOf(2026, 1, 30); d += 7) reportingDays.push(d);
  return { start, complete, reportingDays };
}

/** Share of a kelurahan's households verified by `day` (0-1, non-decreasing, 1 from completion on). */
export function verifiedShare(plan: VerificationPlan, placeIndex: number, day: number): number {
  const s = plan.start[placeIndex];
  const c = plan.complete[placeIndex];
  if (day >= c) return 1;
  if (day < s) return day <= PRECHECK_FROM ? 0 : (PRECHECK_SHARE * (day - PRECHECK_FROM)) / (s - PRECHECK_FROM);
  return PRECHECK_SHARE + (1 - PRECHECK_SHARE) * Math.pow((day - s) / (c - s), 0.85);
}

const HEADER = ['Tanggal', 'Kelurahan', 'Target KK', 'Terverifikasi KK', 'Target Jiwa', 'Terverifikasi Jiwa'];

/** Write validasi.xlsx (or .csv): one row per reporting date per kelurahan, cumulative. */
export async function writeValidasi(
  dir: string,
  plan: VerificationPlan,
  format: 'csv' | 'xlsx',
): Promise<{ table: TableTruth; truth: ValidasiTruth }> {
  interface Row { day: number; p: number; kk: number; jiwa: number }
  const rows: Row[] = [];
  for (const day of plan.reportingDays) {
    PLACES.forEach((place, p) => {
      const f = verifiedShare(plan, p, day);
      rows.push({ day, p, kk: Math.floor(f * place.finalKk), jiwa: Math.floor(f * place.finalJiwa) });
    });
  }
  const file = `validasi.${format}`;
  if (format === 'xlsx') {
    const cells: XlsxCell[][] = rows.map((r) => {
      const pl = PLACES[r.p];
      return [utcDate(r.day), pl.kel.nama, pl.finalKk, r.kk, pl.finalJiwa, r.jiwa];
    });
    await writeXlsx(join(dir, file), 'Progres Verifikasi', HEADER, cells);
  } else {
    const w = await CsvWriter.create(join(dir, file), { delimiter: ',', encoding: 'utf-8' });
    await w.header(HEADER);
    for (const r of rows) {
      const pl = PLACES[r.p];
      await w.row([formatDay(r.day, 'dmy'), pl.kel.nama, String(pl.finalKk), String(r.kk), String(pl.finalJiwa), String(r.jiwa)]);
    }
    await w.close();
  }

  const latest = plan.reportingDays[plan.reportingDays.length - 1];
  const kelurahanReached100On: Record<string, string | null> = {};
  PLACES.forEach((pl, p) => {
    const first = rows.find((r) => r.p === p && r.kk === pl.finalKk);
    kelurahanReached100On[pl.kel.kode] = first ? isoOf(first.day) : null;
  });
  const byKecamatan: ValidasiTruth['byKecamatan'] = {};
  for (const kec of ['64.74.01', '64.74.02', '64.74.03']) {
    const members = PLACES.map((pl, p) => ({ pl, p })).filter((x) => x.pl.kel.kode_kecamatan === kec);
    const at = (day: number) => rows.filter((r) => r.day === day && members.some((m) => m.p === r.p));
    const targetKk = members.reduce((s, m) => s + m.pl.finalKk, 0);
    const targetJiwa = members.reduce((s, m) => s + m.pl.finalJiwa, 0);
    const last = at(latest);
    const reached = plan.reportingDays.find((day) => at(day).reduce((s, r) => s + r.kk, 0) === targetKk);
    const terverifikasiKk = last.reduce((s, r) => s + r.kk, 0);
    byKecamatan[kec] = {
      targetKk,
      terverifikasiKk,
      share: terverifikasiKk / targetKk,
      targetJiwa,
      terverifikasiJiwa: last.reduce((s, r) => s + r.jiwa, 0),
      reached100On: reached === undefined ? null : isoOf(reached),
    };
  }
  return {
    table: cleanTable(file, format, rows.length),
    truth: {
      reportingDates: plan.reportingDays.map(isoOf),
      latestDate: isoOf(latest),
      byKecamatan,
      kelurahanReached100On,
    },
  };
}
