import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/** Project code for the highest completed level of formal education. */
export type EducationCode = 'TS' | 'SD' | 'SMP' | 'SMA' | 'SMK' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';

/**
 * The education levels in order (`ref_pendidikan` in the snapshot). `kelompok` follows the
 * Indonesian grouping: pendidikan dasar (up to SMP), menengah (SMA/SMK), tinggi (diploma and
 * above); "Tidak/Belum Sekolah" is counted with Dasar.
 */
export const EDUCATION_LEVELS: readonly { kode: EducationCode; nama: string; urutan: number; kelompok: 'Dasar' | 'Menengah' | 'Tinggi' }[] = [
  { kode: 'TS', nama: 'Tidak/Belum Sekolah', urutan: 1, kelompok: 'Dasar' },
  { kode: 'SD', nama: 'SD/Sederajat', urutan: 2, kelompok: 'Dasar' },
  { kode: 'SMP', nama: 'SMP/Sederajat', urutan: 3, kelompok: 'Dasar' },
  { kode: 'SMA', nama: 'SMA/Sederajat', urutan: 4, kelompok: 'Menengah' },
  { kode: 'SMK', nama: 'SMK/Sederajat', urutan: 5, kelompok: 'Menengah' },
  { kode: 'D1', nama: 'Diploma I', urutan: 6, kelompok: 'Tinggi' },
  { kode: 'D2', nama: 'Diploma II', urutan: 7, kelompok: 'Tinggi' },
  { kode: 'D3', nama: 'Diploma III', urutan: 8, kelompok: 'Tinggi' },
  { kode: 'D4', nama: 'Diploma IV / Sarjana Terapan', urutan: 9, kelompok: 'Tinggi' },
  { kode: 'S1', nama: 'Sarjana (S1)', urutan: 10, kelompok: 'Tinggi' },
  { kode: 'S2', nama: 'Magister (S2)', urutan: 11, kelompok: 'Tinggi' },
  { kode: 'S3', nama: 'Doktor (S3)', urutan: 12, kelompok: 'Tinggi' },
];

/** Aliases keyed by their words in lowercase, joined by one space ('SMP/MTs' -> 'smp mts'). */
const ALIASES = new Map<string, EducationCode>();

function alias(code: EducationCode, ...keys: string[]): void {
  for (const k of keys) ALIASES.set(k, code);
}

/** Lowercase words of a cell, punctuation dropped: 'SMP/MTs' -> ['smp', 'mts']. */
const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');

for (const { kode, nama } of EDUCATION_LEVELS) alias(kode, kode.toLowerCase(), words(nama).join(' '));
alias('TS', 'tidak belum sekolah', 'tidak sekolah', 'belum sekolah', 'tidak pernah sekolah', 'belum pernah sekolah',
  'tidak belum pernah sekolah', 'tidak punya ijazah');
alias('SD', 'sd mi', 'mi', 'sekolah dasar', 'paket a', 'sd mi paket a');
alias('SMP', 'smp mts', 'mts', 'sltp', 'sekolah menengah pertama', 'paket b', 'smp mts paket b', 'sltp mts');
alias('SMA', 'sma ma', 'ma', 'slta', 'smu', 'sekolah menengah atas', 'paket c', 'sma ma paket c', 'slta umum',
  'sma smu', 'slta ma');
alias('SMK', 'smk mak', 'mak', 'stm', 'smea', 'smkk', 'sekolah menengah kejuruan', 'slta kejuruan', 'smk stm');
alias('S1', 'sarjana', 'sarjana strata 1', 'diploma iv strata i', 'd iv s1', 'd4 s1', 'div s1');
alias('D4', 'sarjana terapan', 'sarjana sains terapan');
alias('D3', 'akademi', 'sarjana muda', 'akademi diploma iii sarjana muda', 'akademi diploma iii s muda',
  'akademi d iii sarjana muda', 'akademi d iii s muda');
// Dukcapil's combined category: the source cannot tell D1 from D2, so the lower level is used.
alias('D1', 'diploma i ii', 'd i ii', 'd1 d2', 'di dii');
alias('S2', 'magister', 'master', 'pascasarjana', 'pasca sarjana', 'sarjana strata 2');
alias('S3', 'doktor', 'doktoral', 'doctor', 'sarjana strata 3', 'phd');

const NUMERALS: ReadonlyArray<[string, string]> = [['1', 'i'], ['2', 'ii'], ['3', 'iii'], ['4', 'iv']];
for (const [digit, roman] of NUMERALS) {
  const n = Number(digit);
  for (const num of [digit, roman]) {
    for (const prefix of ['d', 'diploma']) alias(`D${n}` as EducationCode, `${prefix}${num}`, `${prefix} ${num}`);
    if (n <= 3) for (const prefix of ['s', 'strata']) alias(`S${n}` as EducationCode, `${prefix}${num}`, `${prefix} ${num}`);
  }
}

/** Words that add nothing to the level ('Tamat SLTA/Sederajat', 'Lulusan SMK'). */
const FILLER = new Set(['tamat', 'lulus', 'lulusan', 'sederajat', 'setara', 'setingkat', 'pendidikan', 'jenjang']);

/** Level reached by someone who started but did not finish the given level. */
const BELOW: Partial<Record<EducationCode, EducationCode>> = { SD: 'TS', SMP: 'SD', SMA: 'SMP', SMK: 'SMP' };

/**
 * Parse an education cell into a project code. Case, spaces and punctuation are ignored.
 * Accepts the codes themselves and the usual variants: 'Tidak/Belum Sekolah', 'Tidak tamat SD' (TS);
 * 'SD/MI', 'SD Sederajat' (SD); 'SLTP', 'SMP/MTs', 'MTs' (SMP); 'SLTA', 'SMU', 'SMA/MA', 'MA',
 * 'Paket C' (SMA); 'SMK', 'STM', 'SMEA' (SMK); 'D-I', 'D I', 'DI', 'Diploma I' and likewise II-IV
 * (D1-D4); 'Sarjana Terapan' (D4); 'S-1', 'Sarjana', 'Strata 1' (S1); 'Magister', 'Master' (S2);
 * 'Doktor' (S3); and the Dukcapil categories ('Tamat SD/Sederajat', 'Diploma I/II' -> D1,
 * 'Akademi/Diploma III/S. Muda' -> D3, 'Diploma IV/Strata I' -> S1).
 * Blank -> 'required-missing'; anything else -> 'education-unknown'.
 */
export function parseEducation(v: RawValue): Parsed<EducationCode> {
  if (isBlank(v)) return fail('required-missing');
  if (typeof v !== 'string') return fail('education-unknown');
  let ws = words(v);
  const direct = ALIASES.get(ws.join(' '));
  if (direct) return ok(direct);

  // 'tidak tamat SD', 'belum lulus SMP': the level below the one named.
  let unfinished = false;
  const neg = ws.findIndex((w, i) => (w === 'tidak' || w === 'belum') && FILLER.has(ws[i + 1] ?? ''));
  if (neg >= 0) {
    unfinished = true;
    ws = ws.filter((_, i) => i !== neg && i !== neg + 1);
  }
  ws = ws.filter((w) => !FILLER.has(w));
  const code = ALIASES.get(ws.join(' '));
  if (!code) return fail('education-unknown');
  if (!unfinished) return ok(code);
  const below = BELOW[code];
  return below ? ok(below) : fail('education-unknown');
}
