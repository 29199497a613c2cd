import { join } from 'node:path';
import { dayOf, formatDay, workingDays, ymdOf } from './calendar';
import { minEducationFor, skillsFor, spellEducation, spellOccupation, type OccupationStyle } from './catalogue';
import { EXPORT_DAY } from './jobseekers';
import type { Company } from './perusahaan';
import { apportion, Rng, Weighted, WeightedItems } from './rng';
import { CsvWriter } from './sinks';
import { bump, cleanTable, sortedRecord, type LowonganTruth, type TableTruth } from './truth';

/**
 * lowongan.csv: vacancies reported to Disnaker, January 2023 - October 2026, about 1,200 rows and
 * 5,000 positions a year (domain-facts 3a: 5,363 vacancies in 2025), plus the 2026 city
 * gas-network project with its 70% local quota (domain-facts 3d). UTF-8, ',' delimited.
 */

export const JARGAS_PROYEK = 'Jaringan Gas Kota Bontang 2026';
const ROWS_PER_YEAR = 1_200;
const SEASON = [1.2, 1.1, 1.1, 1.0, 0.9, 0.9, 1.1, 1.0, 0.9, 0.95, 0.95, 0.9];
const JARGAS_ROWS = 40;

/** Occupations companies ask for, by KBLI section. */
const DEMAND: Record<string, readonly (readonly [string, number])[]> = {
  C: [['8131', 5], ['3111', 3], ['3115', 3], ['7233', 3], ['3114', 2], ['3113', 2], ['2145', 2], ['7212', 2], ['3257', 2], ['4110', 1], ['8182', 1], ['3134', 1]],
  F: [['7212', 5], ['7126', 4], ['7119', 4], ['9313', 5], ['8342', 3], ['7411', 3], ['3257', 3], ['3123', 2], ['2142', 1], ['7215', 2], ['8332', 2]],
  G: [['5223', 5], ['5230', 4], ['4321', 3], ['8322', 2], ['3322', 2], ['4110', 2]],
  H: [['8332', 5], ['8322', 3], ['4321', 3], ['8344', 3], ['9333', 3], ['4110', 1]],
  I: [['5120', 4], ['5131', 5], ['4224', 2], ['9112', 2], ['5132', 1]],
  N: [['5414', 5], ['9112', 4], ['4110', 2], ['2423', 1]],
  M: [['2142', 3], ['3118', 3], ['2144', 2], ['4110', 1]],
  Q: [['3221', 5], ['2211', 1], ['3212', 2], ['4110', 1]],
  K: [['4211', 3], ['3322', 2], ['4110', 2]],
  D: [['3131', 3], ['3113', 3], ['7412', 2]],
  B: [['8111', 2], ['8342', 3], ['7233', 2]],
};
const JARGAS_DEMAND = new WeightedItems<string>([['7126', 10], ['7212', 6], ['9312', 10], ['9313', 6], ['8342', 3], ['3257', 3], ['3123', 2]]);
const POSITIONS = new WeightedItems<number>([
  [1, 32], [2, 20], [3, 12], [4, 8], [5, 8], [6, 4], [8, 4], [10, 5], [12, 2], [15, 3], [20, 2], [25, 1], [30, 1],
]);
const DURATION = [14, 21, 30, 30, 45, 60];
const OCC_STYLE = new WeightedItems<OccupationStyle>([['name', 55], ['code', 35], ['code-name', 10]]);

interface Vacancy {
  id: string;
  company: Company;
  code: string;
  jumlah: number;
  buka: number;
  tutup: number | null;
  terisi: number;
  lokal: number;
  jargas: boolean;
}

const HEADER = [
  'id_lowongan', 'id_perusahaan', 'jabatan', 'jumlah', 'pendidikan_min', 'keterampilan', 'tanggal_buka', 'tanggal_tutup',
  'terisi', 'terisi_lokal', 'proyek', 'kuota_lokal_persen',
];

function close(rng: Rng, buka: number, openEnded: boolean): number | null {
  if (openEnded) return null;
  return buka + rng.pick(DURATION);
}

function fill(rng: Rng, v: Omit<Vacancy, 'terisi' | 'lokal'>, localShare: number): Vacancy {
  const done = v.tutup !== null && v.tutup <= EXPORT_DAY;
  const terisi = rng.binomial(v.jumlah, done ? 0.82 : 0.3);
  return { ...v, terisi, lokal: rng.binomial(terisi, localShare) };
}

/** Write lowongan.csv and return what it holds. */
export async function writeLowongan(
  dir: string,
  companies: readonly Company[],
  seed: number,
): Promise<{ table: TableTruth; truth: LowonganTruth }> {
  const rng = new Rng(seed, 'lowongan');
  const months: { y: number; m: number; w: number }[] = [];
  for (let y = 2023; y <= 2026; y++) for (let m = 1; m <= (y === 2026 ? 10 : 12); m++) months.push({ y, m, w: SEASON[m - 1] });
  const total = Math.round((ROWS_PER_YEAR * months.reduce((s, x) => s + x.w, 0)) / SEASON.reduce((a, b) => a + b, 0));
  const perMonth = apportion(total, months.map((x) => x.w));
  const pickCompany = new Weighted(companies.map((c) => Math.pow(c.pekerja, 0.7)));
  const demand = new Map(Object.entries(DEMAND).map(([k, v]) => [k, new WeightedItems(v)]));
  const openEndedFrom = dayOf(2026, 8, 1);

  const vacancies: Omit<Vacancy, 'id'>[] = [];
  months.forEach(({ y, m }, i) => {
    const days = workingDays(y, m);
    for (let j = 0; j < perMonth[i]; j++) {
      const company = companies[pickCompany.draw(rng)];
      const buka = rng.pick(days);
      const base = {
        company,
        code: demand.get(company.seksi)!.draw(rng),
        jumlah: POSITIONS.draw(rng),
        buka,
        tutup: close(rng, buka, buka >= openEndedFrom && rng.chance(0.3)),
        jargas: false,
      };
      vacancies.push(fill(rng, { id: '', ...base }, 0.8));
    }
  });
  const contractors = companies.filter((c) => c.jargas);
  const jargasDays = months.filter((x) => x.y === 2026 && x.m <= 6).flatMap((x) => workingDays(x.y, x.m));
  for (let j = 0; j < JARGAS_ROWS && contractors.length > 0; j++) {
    const buka = rng.pick(jargasDays);
    const base = {
      company: rng.pick(contractors),
      code: JARGAS_DEMAND.draw(rng),
      jumlah: rng.int(5, 40),
      buka,
      tutup: buka + rng.pick([14, 21, 30]),
      jargas: true,
    };
    vacancies.push(fill(rng, { id: '', ...base }, rng.chance(0.8) ? 0.74 : 0.62));
  }
  vacancies.sort((a, b) => a.buka - b.buka);
  const perYear = new Map<number, number>();
  const list: Vacancy[] = vacancies.map((v) => {
    const y = ymdOf(v.buka).y;
    const n = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, n);
    return { ...v, id: `LWG-${y}-${String(n).padStart(4, '0')}` };
  });

  const w = await CsvWriter.create(join(dir, 'lowongan.csv'), { delimiter: ',', encoding: 'utf-8' });
  await w.header(HEADER);
  const write = new Rng(seed, 'lowongan-write');
  for (const v of list) {
    const style = write.chance(0.85) ? 'iso' : 'dmy';
    const edu = minEducationFor(v.code);
    await w.row([
      v.id,
      v.company.id,
      spellOccupation(v.code, OCC_STYLE.draw(write), write),
      String(v.jumlah),
      write.chance(0.1) ? '' : spellEducation(edu, write),
      skillsFor(v.code, write).join(', '),
      formatDay(v.buka, style),
      v.tutup === null ? '' : formatDay(v.tutup, style),
      String(v.terisi),
      String(v.lokal),
      v.jargas ? JARGAS_PROYEK : '',
      v.jargas ? '70' : '',
    ]);
  }
  await w.close();

  const vacanciesPerYear: Record<string, number> = {};
  const positionsPerYear: Record<string, number> = {};
  let openVac = 0;
  let openPos = 0;
  for (const v of list) {
    const y = String(ymdOf(v.buka).y);
    bump(vacanciesPerYear, y);
    bump(positionsPerYear, y, v.jumlah);
    if (v.buka <= EXPORT_DAY && (v.tutup === null || v.tutup > EXPORT_DAY)) {
      openVac++;
      openPos += v.jumlah;
    }
  }
  const jargas = list.filter((v) => v.jargas);
  return {
    table: cleanTable('lowongan.csv', 'csv', list.length),
    truth: {
      vacanciesPerYear: sortedRecord(vacanciesPerYear),
      positionsPerYear: sortedRecord(positionsPerYear),
      openVacanciesAtLastMonthEnd: openVac,
      openPositionsAtLastMonthEnd: openPos,
      terisi: list.reduce((s, v) => s + v.terisi, 0),
      terisiLokal: list.reduce((s, v) => s + v.lokal, 0),
      jargas: {
        proyek: JARGAS_PROYEK,
        vacancies: jargas.length,
        positions: jargas.reduce((s, v) => s + v.jumlah, 0),
        terisi: jargas.reduce((s, v) => s + v.terisi, 0),
        terisiLokal: jargas.reduce((s, v) => s + v.lokal, 0),
      },
    },
  };
}
