/**
 * Reference list of the administrative areas of Kota Bontang: the city, its 3 kecamatan and
 * 15 kelurahan, with Kemendagri codes, known name variants and an approximate label point.
 *
 * Codes follow Kepmendagri No 300.2.2-2138 Tahun 2025 (the same codes as the `idn-area-data`
 * package and cahyadsn/wilayah). The normaliser (core/normalise/region) matches source values
 * against these codes, names and aliases; the pipeline writes the `wilayah` snapshot table from
 * them; the schematic map (core/geo) uses the label points when no official boundaries are loaded.
 *
 * BPS uses a different code system for the same areas. The BPS kelurahan codes for Bontang were
 * not retrieved, so `kode_bps` is null everywhere; a crosswalk can be supplied by the user.
 */

/** A WGS84 point (degrees). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** The city (kabupaten/kota level). */
export interface Kota {
  /** Kemendagri code, e.g. '64.74'. */
  kode: string;
  nama: string;
  kode_provinsi: string;
  nama_provinsi: string;
  /** Published population 2024 (BPS Kota Bontang). */
  penduduk_2024: number;
  /** Rough extent of land and islands, degrees. */
  extent: { minLat: number; maxLat: number; minLng: number; maxLng: number };
}

/** A kecamatan (district). */
export interface Kecamatan {
  /** Kemendagri code, e.g. '64.74.01'. */
  kode: string;
  nama: string;
  /** BPS code; unknown (null) until a crosswalk is supplied. */
  kode_bps: string | null;
  /** Published population 2024 (see `SUMBER_PENDUDUK_2024`). */
  penduduk_2024: number;
  /** Name variants seen in source data (besides `nama`). */
  alias: readonly string[];
}

/** A kelurahan (urban village). */
export interface Kelurahan {
  /** Kemendagri code, e.g. '64.74.01.1003'. */
  kode: string;
  /** Name as in the Kepmendagri list. */
  nama: string;
  /** Kemendagri code of its kecamatan. */
  kode_kecamatan: string;
  /** BPS code; unknown (null) until a crosswalk is supplied. */
  kode_bps: string | null;
  /** Approximate point inside the kelurahan (0.001° ≈ 100 m), for schematic maps and labels. */
  label: LatLng;
  /** Name variants seen in source data (besides `nama`); matching is case/spacing/punctuation tolerant. */
  alias: readonly string[];
}

/** Kota Bontang (Kalimantan Timur). Extent from domain-facts 2c. */
export const KOTA: Readonly<Kota> = {
  kode: '64.74',
  nama: 'Kota Bontang',
  kode_provinsi: '64',
  nama_provinsi: 'Kalimantan Timur',
  penduduk_2024: 191_811,
  extent: { minLat: 0.021, maxLat: 0.206, minLng: 117.388, maxLng: 117.565 },
};

/**
 * Source of `penduduk_2024` (city and kecamatan): BPS Kota Bontang figures for 2024 as reported in
 * https://pranala.co/fakta-demografi-bontang-2024-migrasi-tinggi-penduduk-makin-padat/ .
 * The kecamatan figures sum to the city total (191,811).
 */
export const SUMBER_PENDUDUK_2024 =
  'BPS Kota Bontang, penduduk 2024 (dikutip pranala.co, "Fakta demografi Bontang 2024"): https://pranala.co/fakta-demografi-bontang-2024-migrasi-tinggi-penduduk-makin-padat/';

/** The three kecamatan, in code order. */
export const KECAMATAN: readonly Kecamatan[] = [
  { kode: '64.74.01', nama: 'Bontang Utara', kode_bps: null, penduduk_2024: 89_010, alias: ['Btg Utara'] },
  { kode: '64.74.02', nama: 'Bontang Selatan', kode_bps: null, penduduk_2024: 71_167, alias: ['Btg Selatan'] },
  { kode: '64.74.03', nama: 'Bontang Barat', kode_bps: null, penduduk_2024: 31_634, alias: ['Btg Barat'] },
];

// kode_bps: BPS kelurahan codes for Bontang were not found (domain-facts 2b ❓); left null on purpose.
const kel = (kode: string, nama: string, lat: number, lng: number, alias: string[] = []): Kelurahan => ({
  kode,
  nama,
  kode_kecamatan: kode.slice(0, 8),
  kode_bps: null,
  label: { lat, lng },
  alias,
});

/** The 15 kelurahan, in code order, with label points from domain-facts 2c. */
export const KELURAHAN: readonly Kelurahan[] = [
  kel('64.74.01.1001', 'Bontang Kuala', 0.134, 117.508, ['Btg Kuala', 'Btg. Kuala', 'Bontangkuala']),
  kel('64.74.01.1002', 'Bontang Baru', 0.144, 117.494, ['Btg Baru', 'Btg. Baru']),
  kel('64.74.01.1003', 'Lok Tuan', 0.165, 117.474, ['Loktuan', 'Lhoktuan', 'Lhok Tuan', 'Lok-Tuan']),
  kel('64.74.01.1004', 'Guntung', 0.189, 117.488),
  kel('64.74.01.1005', 'Gunung Elai', 0.143, 117.479, ['Gn. Elai', 'Gn Elai', 'Gng Elai']),
  kel('64.74.01.1006', 'Api-api', 0.131, 117.49, ['Api-Api', 'Api Api', 'Apiapi']),
  kel('64.74.02.1001', 'Tanjung Laut', 0.123, 117.485, ['Tj. Laut', 'Tj Laut', 'Tg. Laut', 'Tg Laut', 'Tanjunglaut']),
  kel('64.74.02.1002', 'Berbas Tengah', 0.116, 117.479, ['Berbastengah']),
  kel('64.74.02.1003', 'Berbas Pantai', 0.11, 117.484, ['Berbaspantai']),
  kel('64.74.02.1004', 'Satimpo', 0.107, 117.462),
  kel('64.74.02.1005', 'Bontang Lestari', 0.056, 117.444, ['Btg Lestari', 'Btg. Lestari']),
  kel('64.74.02.1006', 'Tanjung Laut Indah', 0.117, 117.496, [
    'Tanjut Laut Indah', // typo seen in real data
    'Tj. Laut Indah',
    'Tj Laut Indah',
    'Tg. Laut Indah',
    'Tg Laut Indah',
  ]),
  kel('64.74.03.1001', 'Belimbing', 0.151, 117.457),
  kel('64.74.03.1002', 'Gunung Telihan', 0.137, 117.453, ['Gn. Telihan', 'Gn Telihan', 'Gng Telihan']),
  kel('64.74.03.1003', 'Kanaan', 0.123, 117.447),
];

const KELURAHAN_BY_KODE = new Map(KELURAHAN.map((k) => [k.kode, k]));
const KECAMATAN_BY_KODE = new Map(KECAMATAN.map((k) => [k.kode, k]));

/** The kelurahan with this Kemendagri code ('64.74.01.1003'), or undefined. */
export function kelurahanByKode(kode: string): Kelurahan | undefined {
  return KELURAHAN_BY_KODE.get(kode);
}

/** The kecamatan with this Kemendagri code ('64.74.01'), or undefined. */
export function kecamatanByKode(kode: string): Kecamatan | undefined {
  return KECAMATAN_BY_KODE.get(kode);
}

/** The kecamatan a kelurahan belongs to, by the kelurahan's Kemendagri code; undefined for an unknown code. */
export function kecamatanOf(kodeKelurahan: string): Kecamatan | undefined {
  const k = KELURAHAN_BY_KODE.get(kodeKelurahan);
  return k ? KECAMATAN_BY_KODE.get(k.kode_kecamatan) : undefined;
}

/** The kelurahan of one kecamatan, in code order. */
export function kelurahanIn(kodeKecamatan: string): readonly Kelurahan[] {
  return KELURAHAN.filter((k) => k.kode_kecamatan === kodeKecamatan);
}
