import { join } from 'node:path';
import { formatDay, monthEnds, monthKey, isoOf, type DateStyle } from './calendar';
import { jurusanFor, skillsFor, soughtOccupation, spellEducation, spellOccupation, type OccupationStyle } from './catalogue';
import { addressFor, excelMangled, nameFor, phoneFor, zeroedSerial } from './identity';
import {
  activeUntil,
  DICABUT,
  DITEMPATKAN,
  EDU_CODES,
  EXPORT_DAY,
  FIRST_DAY,
  KEDALUWARSA,
  STATUS,
  type JobSeekerModel,
} from './jobseekers';
import type { Company } from './perusahaan';
import { FUZZY_TYPOS, PLACES, spellPlace, UNKNOWN_PLACES, type PlaceStyle } from './places';
import { keyedFloat, Rng, WeightedItems } from './rng';
import { CsvWriter } from './sinks';
import { bump, sortedRecord, type DesilKey, type PencakerTruth, type TableTruth } from './truth';

/**
 * pencaker.csv: the AK1 register as an old Windows export writes it: ';'-delimited, Windows-1252,
 * CRLF, headers in mixed styles, two extra columns, dates in several spellings, kelurahan as names
 * (with variants) or codes, and a little dirt at fixed rates. Which row carries which dirt is decided
 * here, so the truth can be computed from the model.
 */

/** Dirt carried by a clean registration row (at most one kind per row). */
export const Dirt = {
  None: 0,
  NikMangled: 1,
  NikZeros: 2,
  SexMismatch: 3,
  BirthMismatch: 4,
  KelurahanUnknown: 5,
  KelurahanFuzzy: 6,
} as const;
export type Dirt = (typeof Dirt)[keyof typeof Dirt];

/** Rates of each kind of dirt among the rows written. */
export const DIRT_RATES = {
  nikMangled: 0.004,
  nikZeros: 0.002,
  duplicate: 0.005,
  nikMismatch: 0.003,
  kelurahanUnknown: 0.0015,
  kelurahanFuzzy: 0.005,
};

export interface DirtPlan {
  dirt: Uint8Array;
  /** Clean rows that are written a second time, a few rows later (sorted). */
  duplicated: number[];
  /** The row whose skills field holds a line break (quoted). */
  newlineRow: number;
}

/** Clean rows needed for `rowsWritten` rows once duplicates are added. */
export function cleanRowsFor(rowsWritten: number): number {
  return Math.round(rowsWritten / (1 + DIRT_RATES.duplicate));
}

/** Choose which rows carry dirt (deterministic for a seed). */
export function planDirt(seed: number, n: number, duplicates: number): DirtPlan {
  const rng = new Rng(seed, 'pencaker-dirt');
  const counts: [Dirt, number][] = [
    [Dirt.NikMangled, Math.round(n * DIRT_RATES.nikMangled)],
    [Dirt.NikZeros, Math.round(n * DIRT_RATES.nikZeros)],
    [Dirt.SexMismatch, Math.round((n * DIRT_RATES.nikMismatch) / 2)],
    [Dirt.BirthMismatch, Math.round((n * DIRT_RATES.nikMismatch) / 2)],
    [Dirt.KelurahanUnknown, Math.round(n * DIRT_RATES.kelurahanUnknown)],
    [Dirt.KelurahanFuzzy, Math.round(n * DIRT_RATES.kelurahanFuzzy)],
  ];
  const total = counts.reduce((s, [, c]) => s + c, 0);
  const rows = rng.shuffle(rng.sample(n, total + duplicates + 1));
  const dirt = new Uint8Array(n);
  let k = 0;
  for (const [kind, c] of counts) for (let j = 0; j < c; j++) dirt[rows[k++]] = kind;
  const duplicated = rows.slice(k, k + duplicates).sort((a, b) => a - b);
  const newlineRow = rows[k + duplicates];
  return { dirt, duplicated, newlineRow };
}

const HEADER = [
  'NIK', 'NAMA', 'Jenis Kelamin', 'TANGGAL_LAHIR', 'Agama', 'Kelurahan', 'Pendidikan', 'Jurusan', 'Keterampilan',
  'Jabatan Dicari', 'Tanggal Daftar', 'Status', 'Tanggal Penempatan', 'ID Perusahaan Penempatan', 'Disabilitas',
  'No HP', 'Alamat', 'Keterangan',
];
/** Columns the pipeline does not know and should list as ignored. */
export const PENCAKER_EXTRA_COLUMNS = ['Agama', 'Keterangan'];

const DATE_STYLE = new WeightedItems<DateStyle>([['dmy', 76], ['iso', 12], ['long', 6], ['short', 6]]);
const PLACE_STYLE = new WeightedItems<PlaceStyle>([['name', 50], ['upper', 10], ['prefixed', 8], ['alias', 12], ['dotted', 10], ['digits', 10]]);
const OCC_STYLE = new WeightedItems<OccupationStyle | 'blank'>([['code', 35], ['name', 50], ['code-name', 5], ['blank', 10]]);
/** Religion (an extra column the pipeline ignores) from a stable per-person number. */
function agamaFor(u: number): string {
  return u < 0.85 ? 'Islam' : u < 0.94 ? 'Kristen' : u < 0.98 ? 'Katolik' : u < 0.99 ? 'Hindu' : 'Buddha';
}

// Salts for per-person stable values.
const S_NAME1 = 1, S_NAME2 = 2, S_JURUSAN = 3, S_AGAMA = 4, S_DISAB = 5, S_PHONE = 6, S_ADDR1 = 7, S_ADDR2 = 8, S_ADDR3 = 9;

/** Write pencaker.csv. Returns the number of data rows written. */
export async function writePencaker(
  dir: string,
  model: JobSeekerModel,
  plan: DirtPlan,
  companies: readonly Company[],
  seed: number,
): Promise<number> {
  const { persons, regs } = model;
  const rng = new Rng(seed, 'pencaker-write');
  const w = await CsvWriter.create(join(dir, 'pencaker.csv'), { delimiter: ';', encoding: 'windows-1252', eol: '\r\n' });
  await w.header(HEADER);

  // Duplicates are written 1-25 rows after their original, as a repeated export page would.
  const dupAt = new Map<number, number[]>();
  for (const i of plan.duplicated) {
    const at = Math.min(regs.count - 1, i + rng.int(1, 25));
    const list = dupAt.get(at) ?? [];
    list.push(i);
    dupAt.set(at, list);
  }
  const kept = new Map<number, string[]>();
  const fuzzyNames = PLACES.map((p) => FUZZY_TYPOS[p.kel.kode]);

  for (let i = 0; i < regs.count; i++) {
    const p = regs.person[i];
    const dirt = plan.dirt[i] as Dirt;
    const female = persons.female[p] === 1;
    const style = DATE_STYLE.draw(rng);
    const key = (salt: number) => keyedFloat(seed, p, salt);

    let nik = persons.nik[p];
    if (dirt === Dirt.NikMangled) nik = excelMangled(nik, rng.chance(0.3));
    else if (dirt === Dirt.NikZeros) nik = zeroedSerial(nik);

    const longSex = rng.chance(0.15);
    const writtenFemale = dirt === Dirt.SexMismatch ? !female : female;
    const sex = longSex ? (writtenFemale ? 'Perempuan' : 'Laki-laki') : writtenFemale ? 'P' : 'L';
    const birth = persons.birth[p] + (dirt === Dirt.BirthMismatch ? rng.int(1, 20) : 0);

    const place = PLACES[persons.place[p]];
    let kelurahan: string;
    if (dirt === Dirt.KelurahanUnknown) kelurahan = rng.pick(UNKNOWN_PLACES);
    else if (dirt === Dirt.KelurahanFuzzy) kelurahan = fuzzyNames[place.index];
    else kelurahan = spellPlace(place, PLACE_STYLE.draw(rng), rng);

    const edu = EDU_CODES[persons.edu[p]];
    const occupation = soughtOccupation(edu, rng);
    const occStyle = OCC_STYLE.draw(rng);
    const jabatan = occStyle === 'blank' ? '' : spellOccupation(occupation, occStyle, rng);
    const skills = skillsFor(occupation, rng);
    const skillText = i === plan.newlineRow ? skills.join('\n') + '\nK3 Umum' : skills.join(rng.chance(0.6) ? ', ' : '; ');

    const status = regs.status[i];
    let statusText: string = STATUS[status];
    if (status === KEDALUWARSA && rng.chance(0.25)) statusText = 'kadaluarsa';
    if (rng.chance(0.08)) statusText = statusText[0].toUpperCase() + statusText.slice(1);
    const placed = status === DITEMPATKAN;

    const disabled = key(S_DISAB) < 0.012;
    const disabText = rng.chance(0.08) ? '' : disabled ? 'ya' : 'tidak';
    const keterangan = regs.rereg[i] === 1 && rng.chance(0.6) ? 'Daftar ulang' : rng.chance(0.02) ? 'Pindahan dari luar kota' : '';

    const fields = [
      nik,
      nameFor(female, key(S_NAME1), key(S_NAME2)),
      sex,
      formatDay(birth, style),
      agamaFor(key(S_AGAMA)),
      kelurahan,
      spellEducation(edu, rng),
      jurusanFor(edu, key(S_JURUSAN)),
      skillText,
      jabatan,
      formatDay(regs.day[i], style),
      statusText,
      placed ? formatDay(regs.placed[i], style) : '',
      placed ? companies[regs.company[i]].id : '',
      disabText,
      key(S_PHONE) < 0.85 ? phoneFor(key(S_PHONE + 100)) : '',
      addressFor(key(S_ADDR1), key(S_ADDR2), key(S_ADDR3)),
      keterangan,
    ];
    await w.row(fields);
    if (plan.duplicated.length > 0 && dupAt.size > 0) {
      if (binaryHas(plan.duplicated, i)) kept.set(i, fields);
      const due = dupAt.get(i);
      if (due) {
        for (const original of due) {
          await w.row(kept.get(original)!);
          kept.delete(original);
        }
      }
    }
  }
  await w.close();
  return w.rows;
}

function binaryHas(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Is a clean row accepted by the pipeline? */
export function isAccepted(d: Dirt): boolean {
  return d !== Dirt.NikMangled && d !== Dirt.NikZeros && d !== Dirt.KelurahanUnknown;
}

/** Row accounting of pencaker.csv. */
export function pencakerTable(plan: DirtPlan, n: number): TableTruth {
  const count = (d: Dirt) => plan.dirt.reduce((s, x) => s + (x === d ? 1 : 0), 0);
  const rejectedByCode: Record<string, number> = {
    'duplicate-row': plan.duplicated.length,
    'kelurahan-unknown': count(Dirt.KelurahanUnknown),
    'nik-excel-mangled': count(Dirt.NikMangled),
    'nik-trailing-zeros': count(Dirt.NikZeros),
  };
  const rejected = Object.values(rejectedByCode).reduce((a, b) => a + b, 0);
  const written = n + plan.duplicated.length;
  return {
    file: 'pencaker.csv',
    format: 'csv',
    rowsWritten: written,
    rowsAccepted: written - rejected,
    rowsRejected: rejected,
    rejectedByCode,
    repairedByCode: { 'kelurahan-fuzzy': count(Dirt.KelurahanFuzzy) },
    notedByCode: { 'nik-birthdate-mismatch': count(Dirt.BirthMismatch), 'nik-sex-mismatch': count(Dirt.SexMismatch) },
    ignoredColumns: [...PENCAKER_EXTRA_COLUMNS],
  };
}

/**
 * What the dashboard should show about job seekers, from the model: accepted rows only.
 * `personDesil[p]` is the desil of person p in accepted DTSEN rows (0 = not ranked), or -1 when
 * the person has no accepted DTSEN row.
 */
export function summarisePencaker(model: JobSeekerModel, plan: DirtPlan, personDesil: Int8Array): PencakerTruth {
  const { persons, regs } = model;
  const ends = monthEnds(FIRST_DAY, EXPORT_DAY);
  const registrationsPerMonth: Record<string, number> = {};
  const placementsPerMonth: Record<string, number> = {};
  const registrationsPerYear: Record<string, number> = {};
  for (const e of ends) {
    registrationsPerMonth[monthKey(e)] = 0;
    placementsPerMonth[monthKey(e)] = 0;
    registrationsPerYear[monthKey(e).slice(0, 4)] = 0;
  }
  const byStatus: Record<string, number> = {};
  const byPendidikan: Record<string, number> = {};
  const seen = new Uint8Array(persons.count);
  let distinctPersons = 0;
  let reRegistrations = 0;
  const accepted = new Uint8Array(regs.count);
  const until = new Int32Array(regs.count);
  for (let i = 0; i < regs.count; i++) {
    if (!isAccepted(plan.dirt[i] as Dirt)) continue;
    accepted[i] = 1;
    until[i] = activeUntil(regs, i);
    const p = regs.person[i];
    if (seen[p] === 0) {
      seen[p] = 1;
      distinctPersons++;
    } else {
      reRegistrations++;
    }
    bump(registrationsPerMonth, monthKey(regs.day[i]));
    bump(registrationsPerYear, monthKey(regs.day[i]).slice(0, 4));
    if (regs.status[i] === DITEMPATKAN) bump(placementsPerMonth, monthKey(regs.placed[i]));
    bump(byStatus, STATUS[regs.status[i]]);
    bump(byPendidikan, EDU_CODES[persons.edu[p]]);
  }

  // Distinct persons active at each month end; `stamp` marks persons already counted for that end.
  const stamp = new Int32Array(persons.count);
  const activePersonsAtMonthEnd: Record<string, number> = {};
  const last = ends[ends.length - 1];
  const byKel: Record<string, number> = {};
  const byDesil: Partial<Record<DesilKey, number>> = {};
  let linked = 0;
  let d14 = 0;
  ends.forEach((d, m) => {
    let count = 0;
    for (let i = 0; i < regs.count && regs.day[i] <= d; i++) {
      if (accepted[i] === 0 || regs.status[i] === DICABUT || until[i] <= d) continue;
      const p = regs.person[i];
      if (stamp[p] === m + 1) continue;
      stamp[p] = m + 1;
      count++;
      if (d === last) {
        bump(byKel, PLACES[persons.place[p]].kel.kode);
        const desil = personDesil[p];
        if (desil >= 0) {
          linked++;
          bump(byDesil as Record<string, number>, desil === 0 ? 'kosong' : String(desil));
          if (desil >= 1 && desil <= 4) d14++;
        }
      }
    }
    activePersonsAtMonthEnd[monthKey(d)] = count;
  });

  let personsLinked = 0;
  let personsD14 = 0;
  for (let p = 0; p < persons.count; p++) {
    if (seen[p] === 0 || personDesil[p] < 0) continue;
    personsLinked++;
    if (personDesil[p] >= 1 && personDesil[p] <= 4) personsD14++;
  }

  return {
    distinctPersons,
    reRegistrations,
    registrationsPerMonth,
    registrationsPerYear,
    placementsPerMonth,
    byStatus: sortedRecord(byStatus),
    byPendidikan: sortedRecord(byPendidikan),
    activePersonsAtMonthEnd,
    lastMonthEnd: isoOf(last),
    activeAtLastMonthEndByKelurahan: sortedRecord(byKel),
    activeAtLastMonthEnd: {
      total: activePersonsAtMonthEnd[monthKey(last)],
      linkedToDtsen: linked,
      desil1to4: d14,
      byDesil: sortedRecord(byDesil as Record<string, number>),
    },
    personsLinkedToDtsen: personsLinked,
    personsInDesil1to4: personsD14,
  };
}
