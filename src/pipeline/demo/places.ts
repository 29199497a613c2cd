import { KELURAHAN, type Kelurahan } from '../../core/reference/wilayah';
import { apportion, Rng } from './rng';

/**
 * Kelurahan figures the demo draws from, and the ways exports spell a kelurahan.
 *
 * Known figures (domain-facts 2a-2b, 3c): kecamatan population 2024, the DTSEN desil 1-4 prelist
 * by kelurahan, and the final 2025 verification result by kecamatan. Kelurahan populations were
 * not found (only Lok Tuan "over 19,000"), so `DEMO_POPULATION` is an invented split of each
 * kecamatan's 2024 total, used only to weight synthetic people.
 */

/** Invented kelurahan populations (sum per kecamatan = BPS 2024 kecamatan population). */
const DEMO_POPULATION: Record<string, number> = {
  '64.74.01.1001': 7_000,
  '64.74.01.1002': 16_000,
  '64.74.01.1003': 19_500,
  '64.74.01.1004': 15_510,
  '64.74.01.1005': 14_000,
  '64.74.01.1006': 17_000,
  '64.74.02.1001': 15_000,
  '64.74.02.1002': 13_000,
  '64.74.02.1003': 12_000,
  '64.74.02.1004': 8_000,
  '64.74.02.1005': 9_167,
  '64.74.02.1006': 14_000,
  '64.74.03.1001': 11_000,
  '64.74.03.1002': 12_000,
  '64.74.03.1003': 8_634,
};

/** DTSEN desil 1-4 prelist, persons, Oct 2025 (domain-facts 2b; sums to 16,384). */
const PRELIST_D14: Record<string, number> = {
  '64.74.01.1001': 609,
  '64.74.01.1002': 415,
  '64.74.01.1003': 3_409,
  '64.74.01.1004': 420,
  '64.74.01.1005': 156,
  '64.74.01.1006': 725,
  '64.74.02.1001': 2_642,
  '64.74.02.1002': 2_245,
  '64.74.02.1003': 2_281,
  '64.74.02.1004': 205,
  '64.74.02.1005': 381,
  '64.74.02.1006': 643,
  '64.74.03.1001': 471,
  '64.74.03.1002': 1_001,
  '64.74.03.1003': 781,
};

/** Final 2025 verification result by kecamatan: households and persons in desil 1-4 (domain-facts 3c). */
export const FINAL_2025: Record<string, { kk: number; jiwa: number }> = {
  '64.74.01': { kk: 1_840, jiwa: 6_034 },
  '64.74.02': { kk: 2_429, jiwa: 8_566 },
  '64.74.03': { kk: 728, jiwa: 2_453 },
};

/** One kelurahan with the demo's weights. Index = position in `PLACES`. */
export interface Place {
  index: number;
  kel: Kelurahan;
  /** 1, 2 or 3 (Utara, Selatan, Barat): digits 5-6 of a NIK issued there. */
  kec: number;
  population: number;
  prelistD14: number;
  /** Desil 1-4 households and persons in the final 2025 list, split from the kecamatan totals by prelist weight. */
  finalKk: number;
  finalJiwa: number;
}

function buildPlaces(): Place[] {
  const base = KELURAHAN.map((kel, index) => ({
    index,
    kel,
    kec: Number(kel.kode_kecamatan.slice(6, 8)),
    population: DEMO_POPULATION[kel.kode],
    prelistD14: PRELIST_D14[kel.kode],
    finalKk: 0,
    finalJiwa: 0,
  }));
  for (const [kecCode, total] of Object.entries(FINAL_2025)) {
    const members = base.filter((p) => p.kel.kode_kecamatan === kecCode);
    const weights = members.map((p) => p.prelistD14);
    apportion(total.kk, weights).forEach((kk, i) => (members[i].finalKk = kk));
    apportion(total.jiwa, weights).forEach((jiwa, i) => (members[i].finalJiwa = jiwa));
  }
  for (const p of base) {
    if (p.population === undefined || p.prelistD14 === undefined) throw new Error(`demo weights missing for ${p.kel.kode}`);
  }
  return base;
}

/** The 15 kelurahan in code order. */
export const PLACES: readonly Place[] = buildPlaces();

/**
 * One near-typo per kelurahan, each within edit distance 2 of exactly one kelurahan name, so a
 * fuzzy matcher repairs it (checked in the tests against core/normalise/region).
 */
export const FUZZY_TYPOS: Record<string, string> = {
  '64.74.01.1001': 'Bontang Kual',
  '64.74.01.1002': 'Bontang Barru',
  '64.74.01.1003': 'Lok Tuaan',
  '64.74.01.1004': 'Gunttung',
  '64.74.01.1005': 'Gunung Elay',
  '64.74.01.1006': 'Api-apii',
  '64.74.02.1001': 'Tanjung Laot',
  '64.74.02.1002': 'Berbas Tngah',
  '64.74.02.1003': 'Berbas Pantay',
  '64.74.02.1004': 'Satimpoo',
  '64.74.02.1005': 'Bontang Lestary',
  '64.74.02.1006': 'Tanjung Laut Indh',
  '64.74.03.1001': 'Belimbin',
  '64.74.03.1002': 'Gunung Telihann',
  '64.74.03.1003': 'Kanaann',
};

/** Places outside Bontang (or nonsense) that no matcher can resolve. */
export const UNKNOWN_PLACES: readonly string[] = [
  'Sangatta',
  'Samarinda Seberang',
  'Muara Badak',
  'Teluk Pandan',
  'Marangkayu',
  'Sungai Kunjang',
];

/** How a clean kelurahan value is spelled. */
export type PlaceStyle = 'name' | 'upper' | 'prefixed' | 'alias' | 'dotted' | 'digits';

/** A kelurahan value as an export would write it; every style resolves exactly (no repair needed). */
export function spellPlace(place: Place, style: PlaceStyle, rng: Rng): string {
  const kel = place.kel;
  switch (style) {
    case 'name':
      return kel.nama;
    case 'upper':
      return kel.nama.toUpperCase();
    case 'prefixed':
      return rng.chance(0.6) ? `Kel. ${kel.nama}` : `Kelurahan ${kel.nama}`;
    case 'alias':
      return kel.alias.length > 0 ? rng.pick(kel.alias) : kel.nama;
    case 'dotted':
      return kel.kode;
    case 'digits':
      return kel.kode.replace(/\./g, '');
  }
}
