import { join } from 'node:path';
import { addYearsDay, dayOf, formatDay, utcDate } from './calendar';
import { IdFactory, excelMangled } from './identity';
import { EDU_CODES, EXPORT_DAY, type Persons } from './jobseekers';
import { PLACES, spellPlace, type Place } from './places';
import { apportion, Rng, WeightedItems } from './rng';
import { CsvWriter, writeXlsx, type XlsxCell } from './sinks';
import { bump, sortedRecord, type DesilKey, type DtsenTruth, type TableTruth } from './truth';
import type { VerificationPlan } from './validasi';

/**
 * dtsen: an extract of the social-economic register for Bontang residents, one row per person,
 * households sharing a KK number. Desil 1-4 households match the final 2025 verification list
 * (domain-facts 3c: 4,997 KK, 17,053 persons, split by kelurahan with the prelist weights of 2b);
 * the rest are desil 5-10 or not ranked. About 30% of job seekers appear (same NIK), 55% of those
 * in desil 1-4. A few rows carry an Excel-damaged NIK and a few are exported twice.
 */

/** Persons in the default extract. */
export const DEFAULT_DTSEN_PERSONS = 60_000;
export const LINKED_SHARE = 0.3;
export const LINKED_D14_SHARE = 0.55;
export const DTSEN_DIRT = { nikMangled: 0.0005, duplicate: 0.0005 };

const D14_DESIL = new WeightedItems<number>([[1, 2397], [2, 4679], [3, 5160], [4, 4148]]);
/** Desil 5-10 or not ranked (0). */
const OTHER_DESIL = new WeightedItems<number>([[5, 20], [6, 17], [7, 15], [8, 13], [9, 11], [10, 9], [0, 15]]);
const HOUSEHOLD_SIZE = new WeightedItems<number>([[1, 10], [2, 18], [3, 22], [4, 25], [5, 15], [6, 7], [7, 3]]);
/** Job seekers with less schooling are more often in poor households. */
const EDU_POVERTY_WEIGHT: Record<string, number> = { TS: 2, SD: 2, SMP: 1.7, SMA: 1.2, SMK: 1.1 };

interface Household {
  size: number;
  desil: number;
  d14: boolean;
  js: number[];
}

export interface DtsenResult {
  table: TableTruth;
  truth: DtsenTruth;
  /** Desil of each job-seeker person in accepted DTSEN rows (0 = not ranked), -1 when absent. */
  personDesil: Int8Array;
}

const HEADER = ['NIK', 'No KK', 'Kelurahan', 'Desil', 'Status Verifikasi', 'Tanggal Verifikasi', 'Hubungan Keluarga'];
export const DTSEN_EXTRA_COLUMNS = ['Hubungan Keluarga'];

/** Split `jiwa` persons over `kk` households (at least one each, at most ten). */
function d14Sizes(kk: number, jiwa: number, rng: Rng): number[] {
  const sizes = new Array<number>(kk).fill(1);
  for (let e = jiwa - kk; e > 0; e--) {
    let h = rng.int(0, kk - 1);
    while (sizes[h] >= 10) h = rng.int(0, kk - 1);
    sizes[h]++;
  }
  return sizes;
}

function otherSizes(total: number, rng: Rng): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const s = Math.min(left, HOUSEHOLD_SIZE.draw(rng));
    sizes.push(s);
    left -= s;
  }
  return sizes;
}

/** Place job seekers into households, spreading them over households before doubling up. */
function seat(js: number[], households: Household[], rng: Rng): void {
  if (households.length === 0) return;
  const order = rng.shuffle(households.map((_, i) => i));
  let ptr = 0;
  for (const person of js) {
    let guard = 0;
    for (;;) {
      const h = households[order[ptr++ % order.length]];
      if (h.js.length < h.size) {
        h.js.push(person);
        break;
      }
      if (++guard > order.length) throw new Error('dtsen: no room for a job seeker');
    }
  }
}

/** Build the DTSEN extract and write it as dtsen.xlsx or dtsen.csv. */
export async function writeDtsen(opts: {
  dir: string;
  format: 'csv' | 'xlsx';
  seed: number;
  scale: number | null;
  persons: Persons;
  plan: VerificationPlan;
  ids: IdFactory;
}): Promise<DtsenResult> {
  const { dir, format, seed, persons, plan, ids } = opts;
  const rng = new Rng(seed, 'dtsen');
  const total = opts.scale ?? DEFAULT_DTSEN_PERSONS;
  const f = total / DEFAULT_DTSEN_PERSONS;

  const d14 = PLACES.map((p) => {
    const kk = Math.max(1, Math.round(p.finalKk * f));
    return { kk, jiwa: Math.max(kk, Math.round(p.finalJiwa * f)) };
  });
  const d14Total = d14.reduce((s, x) => s + x.jiwa, 0);
  if (d14Total >= total) throw new Error(`dtsen: ${total} persons cannot hold ${d14Total} in desil 1-4`);
  const other = apportion(total - d14Total, PLACES.map((p) => p.population));

  // Which job seekers appear in DTSEN, and in which part.
  const byPlace: number[][] = PLACES.map(() => []);
  for (let p = 0; p < persons.count; p++) byPlace[persons.place[p]].push(p);
  const linkedTotal = Math.round(LINKED_SHARE * persons.count);
  const linkedD14 = Math.round(LINKED_D14_SHARE * linkedTotal);
  const d14Quota = apportion(linkedD14, d14.map((x) => x.jiwa));
  const otherQuota = apportion(linkedTotal - linkedD14, byPlace.map((l) => l.length));

  const households: Household[][] = PLACES.map((place, k) => {
    const candidates = byPlace[k];
    const nD14 = Math.min(d14Quota[k], Math.floor(0.6 * d14[k].jiwa), candidates.length);
    // Weighted sampling without replacement (Efraimidis-Spirakis keys).
    const keyed = candidates.map((p) => {
      const w = EDU_POVERTY_WEIGHT[EDU_CODES[persons.edu[p]]] ?? 0.6;
      return { p, key: Math.pow(rng.float(), 1 / w) };
    });
    keyed.sort((a, b) => b.key - a.key || a.p - b.p);
    const jsD14 = keyed.slice(0, nD14).map((x) => x.p);
    const rest = keyed.slice(nD14).map((x) => x.p).sort((a, b) => a - b);
    const nOther = Math.min(otherQuota[k], Math.floor(0.5 * other[k]), rest.length);
    const jsOther = rng.shuffle(rest).slice(0, nOther);

    const hD14 = d14Sizes(d14[k].kk, d14[k].jiwa, rng).map((size) => ({ size, desil: D14_DESIL.draw(rng), d14: true, js: [] as number[] }));
    const hOther = otherSizes(other[k], rng).map((size) => ({ size, desil: OTHER_DESIL.draw(rng), d14: false, js: [] as number[] }));
    seat(jsD14.sort((a, b) => a - b), hD14, rng);
    seat(jsOther.sort((a, b) => a - b), hOther, rng);
    return rng.shuffle([...hD14, ...hOther]);
  });

  const rows = households.reduce((s, hs) => s + hs.reduce((t, h) => t + h.size, 0), 0);
  const dirtRng = new Rng(seed, 'dtsen-dirt');
  const nMangled = Math.round(rows * DTSEN_DIRT.nikMangled);
  const nDup = Math.round(rows * DTSEN_DIRT.duplicate);
  const chosen = dirtRng.shuffle(dirtRng.sample(rows, nMangled + nDup));
  const mangled = new Set(chosen.slice(0, nMangled));
  const dupAt = new Map<number, number[]>();
  for (const i of chosen.slice(nMangled)) {
    const at = Math.min(rows - 1, i + dirtRng.int(1, 5));
    dupAt.set(at, [...(dupAt.get(at) ?? []), i]);
  }
  const dupOriginals = new Set(chosen.slice(nMangled));

  const file = `dtsen.${format}`;
  const xlsxRows: XlsxCell[][] = [];
  const csv = format === 'csv' ? await CsvWriter.create(join(dir, file), { delimiter: ',', encoding: 'utf-8-bom' }) : null;
  await csv?.header(HEADER);
  const kept = new Map<number, XlsxCell[]>();
  const emit = async (cells: XlsxCell[]): Promise<void> => {
    if (csv) {
      await csv.row(cells.map((c) => (c === null ? '' : String(c))));
    } else {
      xlsxRows.push(cells);
    }
  };

  const personDesil = new Int8Array(persons.count).fill(-1);
  const byKelurahanDesil: Record<string, Record<string, number>> = {};
  const byDesil: Record<string, number> = {};
  const d14ByKec: Record<string, number> = {};
  const kkD14ByKec: Record<string, Set<string>> = {};
  const allKk = new Set<string>();
  let accepted = 0;
  let rowIndex = 0;
  const w = new Rng(seed, 'dtsen-write');
  const kkFrom = dayOf(2005, 1, 1);
  const kkTo = dayOf(2025, 9, 30);
  const otherVerifyFrom = dayOf(2025, 2, 1);
  const otherVerifyTo = dayOf(2025, 12, 31);

  for (let k = 0; k < PLACES.length; k++) {
    const place: Place = PLACES[k];
    const kelCode = place.kel.kode;
    const kecCode = place.kel.kode_kecamatan;
    byKelurahanDesil[kelCode] = {};
    for (const h of households[k]) {
      const kk = ids.kk(place.kec, w.int(kkFrom, kkTo));
      const u = w.f32();
      const spelled = spellPlace(place, u < 0.5 ? 'dotted' : u < 0.85 ? 'name' : 'digits', w);
      // Verification visit: desil 1-4 households during the 2025 round, others rarely.
      let status: string;
      let visit: number | null = null;
      const v = w.f32();
      if (h.d14) {
        status = v < 0.93 ? 'terverifikasi' : v < 0.96 ? 'ditolak' : v < 0.98 ? 'proses' : 'belum';
        if (status !== 'belum') visit = w.int(plan.start[k], plan.complete[k]);
      } else {
        status = v < 0.72 ? 'belum' : v < 0.96 ? 'terverifikasi' : 'proses';
        if (status !== 'belum') visit = w.int(otherVerifyFrom, otherVerifyTo);
      }
      const dateCell: XlsxCell =
        visit === null ? null : format === 'xlsx' ? utcDate(visit) : formatDay(visit, w.chance(0.9) ? 'dmy' : 'iso');

      for (const member of membersOf(h, place, persons, ids, w)) {
        const i = rowIndex++;
        const bad = mangled.has(i);
        const cells: XlsxCell[] = [
          bad ? excelMangled(member.nik, w.chance(0.3)) : member.nik,
          kk,
          spelled,
          h.desil === 0 ? null : h.desil,
          status,
          dateCell,
          member.role,
        ];
        await emit(cells);
        if (dupOriginals.has(i)) kept.set(i, cells);
        for (const original of dupAt.get(i) ?? []) {
          await emit(kept.get(original)!);
          kept.delete(original);
        }
        if (bad) continue;
        accepted++;
        const desilKey: DesilKey = h.desil === 0 ? 'kosong' : (String(h.desil) as DesilKey);
        bump(byKelurahanDesil[kelCode], desilKey);
        bump(byDesil, desilKey);
        allKk.add(kk);
        if (h.d14) {
          bump(d14ByKec, kecCode);
          (kkD14ByKec[kecCode] ??= new Set()).add(kk);
        }
        if (member.person >= 0) personDesil[member.person] = h.desil;
      }
    }
  }
  if (csv) await csv.close();
  else await writeXlsx(join(dir, file), 'DTSEN', HEADER, xlsxRows);

  const written = rows + nDup;
  const kkByKec: Record<string, number> = {};
  for (const [kec, set] of Object.entries(kkD14ByKec)) kkByKec[kec] = set.size;
  return {
    table: {
      file,
      format,
      rowsWritten: written,
      rowsAccepted: accepted,
      rowsRejected: written - accepted,
      rejectedByCode: { 'duplicate-row': nDup, 'nik-excel-mangled': nMangled },
      repairedByCode: {},
      notedByCode: {},
      ignoredColumns: [...DTSEN_EXTRA_COLUMNS],
    },
    truth: {
      acceptedIndividuals: accepted,
      distinctKk: allKk.size,
      byKelurahanDesil: Object.fromEntries(Object.entries(byKelurahanDesil).map(([k, v]) => [k, sortedRecord(v)])),
      desil1to4Persons: Object.values(d14ByKec).reduce((a, b) => a + b, 0),
      desil1to4ByKecamatan: sortedRecord(d14ByKec),
      desil1to4KkByKecamatan: sortedRecord(kkByKec),
      byDesil: sortedRecord(byDesil),
    },
    personDesil,
  };
}

interface Member {
  nik: string;
  role: string;
  /** Job-seeker person index, or -1 for a synthetic household member. */
  person: number;
}

/** Members of a household: a head, maybe a spouse, children or relatives, with the seated job seekers. */
function membersOf(h: Household, place: Place, persons: Persons, ids: IdFactory, rng: Rng): Member[] {
  const out: Member[] = [];
  const synthetic = h.size - h.js.length;
  const newNik = (ageYears: number, female: boolean): string => {
    const birth = addYearsDay(EXPORT_DAY, -ageYears) - rng.int(0, 364);
    const kec = rng.chance(0.85) ? place.kec : rng.pick([1, 2, 3].filter((x) => x !== place.kec));
    return ids.nik(kec, birth, female);
  };
  let headAge = 0;
  if (synthetic === 0) {
    // Only job seekers: the first is the head of the family.
    h.js.forEach((p, i) => out.push({ nik: persons.nik[p], role: i === 0 ? 'Kepala Keluarga' : 'Famili Lain', person: p }));
    return out;
  }
  headAge = h.d14 ? rng.int(28, 72) : rng.int(25, 70);
  const headFemale = rng.chance(0.15);
  out.push({ nik: newNik(headAge, headFemale), role: 'Kepala Keluarga', person: -1 });
  let left = synthetic - 1;
  if (left >= 1 && rng.chance(0.85)) {
    const age = Math.max(18, headAge + rng.int(-6, 4));
    out.push({ nik: newNik(age, !headFemale), role: headFemale ? 'Suami' : 'Istri', person: -1 });
    left--;
  }
  for (; left > 0; left--) {
    const age = rng.int(0, Math.max(0, Math.min(headAge - 18, 30)));
    out.push({ nik: newNik(age, rng.chance(0.5)), role: 'Anak', person: -1 });
  }
  for (const p of h.js) {
    const ageGap = (EXPORT_DAY - persons.birth[p]) / 365.25;
    out.push({ nik: persons.nik[p], role: headAge - ageGap >= 15 ? 'Anak' : 'Famili Lain', person: p });
  }
  return out;
}
