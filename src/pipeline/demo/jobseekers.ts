import type { EducationCode } from '../../core/normalise/education';
import { addYearsDay, dayOf, workingDays } from './calendar';
import { EDUCATION_MIX, MIN_AGE } from './catalogue';
import { companyPicker, type Company } from './perusahaan';
import { IdFactory } from './identity';
import { PLACES } from './places';
import { apportion, Rng, Weighted, WeightedItems } from './rng';

/**
 * The clean model of the job-seeker register (AK1): people, their registrations in date order,
 * and what became of each card. Files and truth are both derived from this model.
 *
 * Shape (domain-facts 3a): about 10,500 registrations a year with a graduation peak in June-August,
 * ~72% men, mostly SMA/SMK, ages mostly 18-30; about 8% of rows re-register someone whose earlier
 * card expired (2 years) or who was placed. A person never holds two valid cards at once.
 */

export const FIRST_DAY = dayOf(2023, 1, 1);
/** The day the synthetic exports were taken; registrations run to this day. */
export const EXPORT_DAY = dayOf(2026, 10, 31);

/** Education codes by index (the model stores the index). */
export const EDU_CODES: readonly EducationCode[] = ['TS', 'SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'];
const EDU_INDEX = new Map(EDU_CODES.map((e, i) => [e, i]));

/** Card status codes by index. */
export const STATUS = ['aktif', 'ditempatkan', 'kedaluwarsa', 'dicabut'] as const;
export const AKTIF = 0;
export const DITEMPATKAN = 1;
export const KEDALUWARSA = 2;
export const DICABUT = 3;

/** Registrations per year in the default demo. */
const ANNUAL = 10_500;
/** Relative registrations by calendar month: graduation peak June-August, TA season in January. */
const SEASON = [1.05, 0.85, 0.85, 0.9, 0.85, 1.15, 1.4, 1.2, 0.95, 0.9, 0.85, 0.75];
/** Probability that a registration re-registers an eligible earlier registrant. */
const REREG_PROBABILITY = 0.088;
const PLACEMENT_PROBABILITY = 0.36;
const REVOKED_PROBABILITY = 0.01;
const FEMALE_SHARE = 0.28; // 2022: 2,394 of 8,407 (domain-facts 3a)

/** Age in years at (first) registration. */
const AGE_MIX = new WeightedItems<number>([
  [17, 1], [18, 6], [19, 8], [20, 8], [21, 8], [22, 8], [23, 7], [24, 7], [25, 6], [26, 5], [27, 4.5], [28, 4], [29, 3.5],
  [30, 3], [31, 2], [32, 2], [33, 2], [34, 1.6], [35, 1.5], [36, 1.2], [37, 1.2], [38, 1], [39, 1], [40, 0.8],
  [42, 0.7], [44, 0.6], [46, 0.5], [48, 0.4], [50, 0.3], [53, 0.2], [56, 0.1],
]);

export interface Persons {
  count: number;
  nik: string[];
  female: Uint8Array;
  birth: Int32Array;
  /** Index into PLACES (kelurahan of residence). */
  place: Uint8Array;
  /** Index into EDU_CODES. */
  edu: Uint8Array;
}

export interface Registrations {
  count: number;
  person: Int32Array;
  day: Int32Array;
  /** Placement day, or -1. */
  placed: Int32Array;
  /** Index into the company list for placed rows, or -1. */
  company: Int16Array;
  /** Index into STATUS. */
  status: Uint8Array;
  /** 1 when the row re-registers a person seen before. */
  rereg: Uint8Array;
}

export interface JobSeekerModel {
  persons: Persons;
  regs: Registrations;
}

/** Min-heap of (key, value) pairs on typed arrays. */
class MinHeap {
  private readonly keys: Int32Array;
  private readonly vals: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.vals = new Int32Array(capacity);
  }
  get topKey(): number {
    return this.keys[0];
  }
  push(key: number, val: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.vals[i] = this.vals[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.vals[i] = val;
  }
  pop(): number {
    const top = this.vals[0];
    const key = this.keys[--this.size];
    const val = this.vals[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
      if (this.keys[c] >= key) break;
      this.keys[i] = this.keys[c];
      this.vals[i] = this.vals[c];
      i = c;
    }
    this.keys[i] = key;
    this.vals[i] = val;
    return top;
  }
}

/** Months of the register with their share of registrations. */
function monthPlan(): { y: number; m: number; w: number }[] {
  const out: { y: number; m: number; w: number }[] = [];
  for (let y = 2023; y <= 2026; y++) {
    for (let m = 1; m <= 12; m++) {
      if (y === 2026 && m > 10) break;
      out.push({ y, m, w: SEASON[m - 1] });
    }
  }
  return out;
}

/** Clean registrations in the default demo (before duplicate rows are added). */
export function defaultRegistrationCount(): number {
  const seasonSum = SEASON.reduce((a, b) => a + b, 0);
  return Math.round((ANNUAL * monthPlan().reduce((s, x) => s + x.w, 0)) / seasonSum);
}

/**
 * Build the register: `n` clean registrations over January 2023 - October 2026.
 * `ids` hands out NIKs (shared with the DTSEN generator so numbers never collide).
 */
export function buildJobSeekers(seed: number, n: number, companies: readonly Company[], ids: IdFactory): JobSeekerModel {
  const rng = new Rng(seed, 'pencaker');
  const months = monthPlan();
  const perMonth = apportion(n, months.map((x) => x.w));

  const day = new Int32Array(n);
  let k = 0;
  months.forEach(({ y, m }, i) => {
    const days = workingDays(y, m);
    const start = k;
    for (let j = 0; j < perMonth[i]; j++) day[k++] = rng.pick(days);
    day.subarray(start, k).sort();
  });

  const persons: Persons = {
    count: 0,
    nik: [],
    female: new Uint8Array(n),
    birth: new Int32Array(n),
    place: new Uint8Array(n),
    edu: new Uint8Array(n),
  };
  const regs: Registrations = {
    count: n,
    person: new Int32Array(n),
    day,
    placed: new Int32Array(n).fill(-1),
    company: new Int16Array(n).fill(-1),
    status: new Uint8Array(n),
    rereg: new Uint8Array(n),
  };

  const placeW = new Weighted(PLACES.map((p) => p.population));
  const pickCompany = companyPicker(companies);
  const companyIndex = new Map(companies.map((c, i) => [c, i]));
  const waiting = new MinHeap(n);
  const pool = new Int32Array(n);
  let poolSize = 0;

  const newPerson = (r: number): number => {
    const p = persons.count++;
    const edu = EDUCATION_MIX.draw(rng);
    const age = Math.max(AGE_MIX.draw(rng), MIN_AGE[edu]);
    const female = rng.chance(FEMALE_SHARE);
    const place = PLACES[placeW.draw(rng)];
    const birth = addYearsDay(r, -age) - rng.int(0, 364);
    // Digits 5-6 are where the NIK was first issued, usually the kecamatan of residence.
    const kecIssue = rng.chance(0.8) ? place.kec : rng.pick([1, 2, 3].filter((x) => x !== place.kec));
    persons.female[p] = female ? 1 : 0;
    persons.birth[p] = birth;
    persons.place[p] = place.index;
    persons.edu[p] = EDU_INDEX.get(edu)!;
    persons.nik.push(ids.nik(kecIssue, birth, female));
    return p;
  };

  for (let i = 0; i < n; i++) {
    const r = day[i];
    while (waiting.size > 0 && waiting.topKey <= r) pool[poolSize++] = waiting.pop();
    let p: number;
    if (poolSize > 0 && rng.chance(REREG_PROBABILITY)) {
      const j = rng.int(0, poolSize - 1);
      p = pool[j];
      pool[j] = pool[--poolSize];
      regs.rereg[i] = 1;
    } else {
      p = newPerson(r);
    }
    regs.person[i] = p;

    const expiry = addYearsDay(r, 2);
    if (rng.chance(REVOKED_PROBABILITY)) {
      regs.status[i] = DICABUT;
      continue;
    }
    const edu = EDU_CODES[persons.edu[p]];
    const factor = edu === 'SMK' ? 1.15 : edu === 'TS' || edu === 'SD' || edu === 'SMP' ? 0.8 : 1;
    let placedDay = -1;
    if (rng.chance(PLACEMENT_PROBABILITY * factor)) {
      const candidate = r + 10 + Math.round(rng.exp(100));
      if (candidate <= EXPORT_DAY && candidate < expiry) placedDay = candidate;
    }
    if (placedDay >= 0) {
      regs.status[i] = DITEMPATKAN;
      regs.placed[i] = placedDay;
      regs.company[i] = companyIndex.get(pickCompany(rng))!;
      waiting.push(placedDay + 30 + rng.int(0, 180), p);
    } else {
      regs.status[i] = expiry <= EXPORT_DAY ? KEDALUWARSA : AKTIF;
      waiting.push(expiry + rng.int(0, 240), p);
    }
  }
  return { persons, regs };
}

/** End (exclusive) of the active period of a registration, or -1 for a revoked card. */
export function activeUntil(regs: Registrations, i: number): number {
  if (regs.status[i] === DICABUT) return -1;
  const expiry = addYearsDay(regs.day[i], 2);
  return regs.placed[i] >= 0 ? Math.min(regs.placed[i], expiry) : expiry;
}
