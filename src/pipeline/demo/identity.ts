import { ymdOf } from './calendar';

/**
 * Synthetic identities: names from short lists, and NIK / KK numbers that are structurally valid
 * (16 digits: 64 74 + kecamatan 01-03 + DDMMYY, day + 40 for women, + serial from 0001) but belong
 * to nobody. Every number starts 647401, 647402 or 647403 and is unique within one generation.
 */

const MALE = [
  'Ahmad', 'Muhammad', 'Rizky', 'Andi', 'Budi', 'Dedi', 'Fajar', 'Hendra', 'Irfan', 'Joko', 'Lukman', 'Reza',
  'Rahmat', 'Syahrul', 'Taufik', 'Wahyu', 'Yusuf', 'Agus', 'Arif', 'Bayu', 'Dimas', 'Eko', 'Fikri', 'Gilang',
  'Hafiz', 'Ilham', 'Khairul', 'Nanda', 'Ridwan', 'Sandi', 'Teguh', 'Yoga', 'Zulkifli', 'Aldi', 'Firman',
  'Herman', 'Iqbal', 'Rudi', 'Slamet', 'Hamzah',
];
const FEMALE = [
  'Siti', 'Nur', 'Dewi', 'Rina', 'Sri', 'Wulan', 'Ayu', 'Putri', 'Fitri', 'Indah', 'Maya', 'Nadia', 'Rahma',
  'Sari', 'Tari', 'Yuni', 'Anisa', 'Dinda', 'Eka', 'Fatimah', 'Hana', 'Intan', 'Kartika', 'Laila', 'Mega',
  'Novi', 'Ratna', 'Salsabila', 'Widya', 'Zahra', 'Aulia', 'Citra', 'Diah', 'Evi', 'Fadilah', 'Gita', 'Hasna',
  'Irma', 'Juwita', 'Nurul',
];
const FAMILY = [
  'Saputra', 'Pratama', 'Hidayat', 'Setiawan', 'Wijaya', 'Kurniawan', 'Nugroho', 'Santoso', 'Rahman', 'Hasan',
  'Syahputra', 'Ramadhan', 'Firmansyah', 'Gunawan', 'Hakim', 'Lubis', 'Nasution', 'Siregar', 'Tanjung',
  'Manurung', 'Paembonan', 'Rante', 'Sampe', 'Yusuf', 'Amir', 'Basri', 'Latif', 'Sulaiman', 'Rasyid', 'Wahyudi',
  'Susanto', 'Purnomo', 'Hartono', 'Maulana', 'Akbar', 'Hamid', 'Lamba', 'Mappa', 'Daeng', 'Salim',
];
const STREETS = [
  'Jl. Melati', 'Jl. Kenanga', 'Jl. Flamboyan', 'Jl. Cempaka', 'Jl. Anggrek', 'Jl. Mawar', 'Jl. Nusantara',
  'Jl. Pelabuhan', 'Jl. Bhayangkara', 'Jl. Kakap', 'Jl. Cumi-Cumi', 'Gg. Rukun', 'Gg. Damai', 'Gg. Sepakat',
];

/** A name for a person; `u1`, `u2` are stable per-person numbers in [0, 1). */
export function nameFor(female: boolean, u1: number, u2: number): string {
  const first = female ? FEMALE : MALE;
  const given = first[Math.floor(u1 * first.length)];
  // About one in eight people go by a single name.
  if (u2 < 0.12) return given;
  return `${given} ${FAMILY[Math.floor(((u2 - 0.12) / 0.88) * FAMILY.length)]}`;
}

/** A street address (synthetic) from three stable numbers in [0, 1). */
export function addressFor(u1: number, u2: number, u3: number): string {
  return `${STREETS[Math.floor(u1 * STREETS.length)]} No. ${1 + Math.floor(u2 * 120)} RT ${String(1 + Math.floor(u3 * 45)).padStart(2, '0')}`;
}

/** A phone number in the 0800 range (not a mobile prefix), 12 digits. */
export function phoneFor(u: number): string {
  return `0800${String(Math.floor(u * 1e8)).padStart(8, '0')}`;
}

const PREFIX_BASE = 647400000000; // 6474 followed by 8 zeros: kecamatan (2) and DDMMYY (6) are added

/**
 * Hands out unique NIK and KK numbers. NIK and KK share the counters, so no KK number ever equals
 * a NIK. Serials start at 0001 and never reach 0000 (that is the Excel-damage pattern).
 */
export class IdFactory {
  // Last serial used per prefix, indexed by kecamatan (1-3) and DDMMYY as a number (day up to 71).
  private readonly counters = new Uint16Array(4 * 720_000);

  private next(kec: number, ddmmyy: number): string {
    const slot = kec * 720_000 + ddmmyy;
    const serial = this.counters[slot] + 1;
    if (serial > 9999) throw new Error(`NIK serials exhausted for 6474${kec} ${ddmmyy}`);
    this.counters[slot] = serial;
    return `${PREFIX_BASE + kec * 1_000_000 + ddmmyy}${String(serial).padStart(4, '0')}`;
  }

  /** NIK first issued in kecamatan `kec` (1-3) for someone born on `birthDay`. */
  nik(kec: number, birthDay: number, female: boolean): string {
    const { y, m, d } = ymdOf(birthDay);
    return this.next(kec, (d + (female ? 40 : 0)) * 10_000 + m * 100 + (y % 100));
  }

  /** KK number issued in kecamatan `kec` on `issueDay`. */
  kk(kec: number, issueDay: number): string {
    const { y, m, d } = ymdOf(issueDay);
    return this.next(kec, d * 10_000 + m * 100 + (y % 100));
  }
}

/** What Excel shows after turning a NIK into a number: '6.47401E+15' (or with a decimal comma). */
export function excelMangled(nik: string, decimalComma: boolean): string {
  const s = `${nik[0]}.${nik.slice(1, 6)}E+15`;
  return decimalComma ? s.replace('.', ',') : s;
}

/** A NIK whose last four digits Excel rounded to zero. */
export function zeroedSerial(nik: string): string {
  return `${nik.slice(0, 12)}0000`;
}
