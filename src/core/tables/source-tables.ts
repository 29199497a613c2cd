import { parseDate } from '../normalise/dates';
import { parseCount, parseDecimal } from '../normalise/numbers';
import { parseNik, parseKk, checkNikConsistency } from '../normalise/nik';
import { parseSex } from '../normalise/sex';
import { parseEducation } from '../normalise/education';
import { parseYaTidak } from '../normalise/booleans';
import { parseSkills } from '../normalise/skills';
import { parseKbji } from '../normalise/kbji';
import { parseKbli } from '../normalise/kbli';
import { fail, isBlank, ok, type Parsed, type RawValue } from '../normalise/result';
import { memoByText } from '../normalise/memo';
import type { ColumnSpec, RowCheckFinding, SourceTableSpec, ValidationContext } from './column-spec';

/**
 * The seven tables of the data contract (`shared/docs/data-contract.md`): which columns each
 * must have, how each value is parsed, and which rows are duplicates or contradictory.
 * Used by the Node pipeline and, for locally opened files, by the browser.
 */

const MAX_TEXT = 200;

/** Whitespace that collapsing would change: a run of two, or any other than a plain space. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;

/** Free text: trimmed, inner whitespace collapsed, cut to 200 characters (repaired). */
function parseText(v: RawValue): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  const raw = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  // Most cells have single spaces only; skip the replace (a new string) for them.
  const s = (UNTIDY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  if (s.length > MAX_TEXT) return ok(s.slice(0, MAX_TEXT), true);
  return ok(s);
}

/** An identifier (company id, vacancy id): text, numbers printed without grouping. */
function parseId(v: RawValue): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') return ok(Number.isInteger(v) ? String(v) : String(v));
  return parseText(v);
}

const STATUS_VARIANTS: Record<string, 'aktif' | 'ditempatkan' | 'kedaluwarsa' | 'dicabut'> = {
  aktif: 'aktif',
  active: 'aktif',
  ditempatkan: 'ditempatkan',
  penempatan: 'ditempatkan',
  bekerja: 'ditempatkan',
  placed: 'ditempatkan',
  kedaluwarsa: 'kedaluwarsa',
  kadaluwarsa: 'kedaluwarsa',
  kadaluarsa: 'kedaluwarsa',
  kedaluarsa: 'kedaluwarsa',
  expired: 'kedaluwarsa',
  dicabut: 'dicabut',
  cabut: 'dicabut',
  revoked: 'dicabut',
};

const parseStatus = memoByText(parseStatusText);

function parseStatusText(v: RawValue): Parsed<string> {
  if (isBlank(v)) return fail('required-missing');
  const s = STATUS_VARIANTS[String(v).trim().toLowerCase().replace(/[^a-z]/g, '')];
  return s ? ok(s) : fail('status-invalid');
}

const VERIFICATION_VARIANTS: Record<string, string> = {
  belum: 'belum',
  belumdiverifikasi: 'belum',
  proses: 'proses',
  dalamproses: 'proses',
  sedangdiproses: 'proses',
  terverifikasi: 'terverifikasi',
  verified: 'terverifikasi',
  sudah: 'terverifikasi',
  valid: 'terverifikasi',
  ditolak: 'ditolak',
  tolak: 'ditolak',
  tidaklayak: 'ditolak',
};

const parseVerification = memoByText(parseVerificationText);

function parseVerificationText(v: RawValue): Parsed<string> {
  if (isBlank(v)) return fail('required-missing');
  const s = VERIFICATION_VARIANTS[String(v).trim().toLowerCase().replace(/[^a-z]/g, '')];
  return s ? ok(s) : fail('verification-status-invalid');
}

const parseDesil = memoByText(parseDesilText);

function parseDesilText(v: RawValue): Parsed<number | null> {
  const n = parseCount(v);
  if (!n.ok) return fail('desil-invalid');
  if (n.value === null) return ok(null);
  return n.value >= 1 && n.value <= 10 ? ok(n.value) : fail('desil-invalid');
}

function parsePercent(v: RawValue): Parsed<number | null> {
  const n = parseDecimal(v);
  if (!n.ok || n.value === null) return n;
  return n.value >= 0 && n.value <= 100 ? n : fail('percent-invalid');
}

/** Region code of a published statistic: '6474' / '64.74' / '64' / '00' -> dotted Kemendagri form. */
function parseRegionCode(v: RawValue): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  const digits = String(v).replace(/\D/g, '');
  if (digits.length === 0 || digits.length % 2 !== 0 || digits.length > 10) return fail('kelurahan-unknown');
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean);
  return ok(parts.join('.'));
}

function parseKelurahan(v: RawValue, ctx: ValidationContext): Parsed<string> {
  return ctx.matchKelurahan(v);
}

/** Optional kelurahan: blank is fine. */
function parseOptionalKelurahan(v: RawValue, ctx: ValidationContext): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  return ctx.matchKelurahan(v);
}

type Parser = ColumnSpec['parse'];

function col(
  name: string,
  parse: Parser,
  opts: { required?: boolean; optionalColumn?: boolean; personal?: boolean; aliases?: string[]; onInvalid?: 'reject' | 'repair-null' } = {},
): ColumnSpec {
  const required = opts.required ?? false;
  return {
    name,
    parse,
    requiredColumn: required && !opts.optionalColumn,
    requiredValue: required,
    personal: opts.personal,
    aliases: opts.aliases,
    onInvalid: opts.onInvalid ?? 'reject',
  };
}

const text = (v: RawValue) => parseText(v);

// Columns with a handful of spellings, parsed once per distinct text (see memoByText).
const sexCell = memoByText(parseSex);
const educationCell = memoByText(parseEducation);
const yaTidakCell = memoByText(parseYaTidak);

export interface PencakerSourceRow {
  nik: string;
  nama: string | null;
  jenis_kelamin: 'L' | 'P';
  tanggal_lahir: string;
  kelurahan: string;
  pendidikan: string;
  jurusan: string | null;
  keterampilan: string[];
  jabatan_dicari: { kode: string; golongan: string } | null;
  tanggal_daftar: string;
  status: string;
  tanggal_penempatan: string | null;
  id_perusahaan_penempatan: string | null;
  disabilitas: boolean | null;
}

export const PENCAKER: SourceTableSpec<PencakerSourceRow> = {
  name: 'pencaker',
  label: 'pendaftaran pencari kerja (AK1)',
  columns: [
    col('nik', parseNik, { required: true, personal: true, aliases: ['no_nik', 'nomor_nik', 'no_ktp', 'nik_ktp'] }),
    col('nama', text, { personal: true, aliases: ['nama_lengkap', 'nama_pencaker'] }),
    col('jenis_kelamin', sexCell, { required: true, aliases: ['jk', 'kelamin', 'gender', 'sex', 'l_p'] }),
    col('tanggal_lahir', (v) => requiredDate(v), {
      required: true,
      personal: true,
      aliases: ['tgl_lahir', 'tanggal_kelahiran', 'lahir'],
    }),
    col('kelurahan', parseKelurahan, { required: true, aliases: ['kel', 'desa_kelurahan', 'kelurahan_domisili', 'nama_kelurahan', 'kode_kelurahan'] }),
    col('pendidikan', educationCell, { required: true, aliases: ['pendidikan_terakhir', 'jenjang_pendidikan', 'tingkat_pendidikan'] }),
    col('jurusan', text, { aliases: ['bidang_studi', 'program_studi'], onInvalid: 'repair-null' }),
    col('keterampilan', (v) => ok(parseSkills(v)), { aliases: ['skill', 'skills', 'keahlian'] }),
    col('jabatan_dicari', parseKbji, { aliases: ['jabatan', 'posisi_dicari', 'pekerjaan_dicari', 'kbji'], onInvalid: 'repair-null' }),
    col('tanggal_daftar', (v) => requiredDate(v), { required: true, aliases: ['tgl_daftar', 'tanggal_pendaftaran', 'tgl_pendaftaran'] }),
    col('status', parseStatus, { required: true, aliases: ['status_kartu', 'status_ak1'] }),
    col('tanggal_penempatan', parseDate, { aliases: ['tgl_penempatan'] }),
    col('id_perusahaan_penempatan', parseId, { aliases: ['perusahaan_penempatan', 'id_perusahaan'] }),
    col('disabilitas', yaTidakCell, { aliases: ['penyandang_disabilitas', 'difabel'], onInvalid: 'repair-null' }),
    col('no_hp', text, { personal: true, aliases: ['hp', 'telepon', 'no_telepon', 'nomor_hp'] }),
    col('alamat', text, { personal: true, aliases: ['alamat_lengkap'] }),
    col('email', text, { personal: true, aliases: ['e_mail', 'surel'] }),
  ],
  key: (r) => `${r.nik}|${r.tanggal_daftar}`,
  check: (r) => {
    const out: RowCheckFinding[] = [];
    for (const code of checkNikConsistency(r.nik, r.jenis_kelamin, r.tanggal_lahir)) {
      out.push({ code, column: code === 'nik-sex-mismatch' ? 'jenis_kelamin' : 'tanggal_lahir', severity: 'catatan' });
    }
    if (r.tanggal_penempatan && r.tanggal_penempatan < r.tanggal_daftar) {
      out.push({ code: 'placement-before-registration', column: 'tanggal_penempatan', severity: 'catatan' });
    }
    return out;
  },
};

function requiredDate(v: RawValue): Parsed<string> {
  const d = parseDate(v);
  if (!d.ok) return d;
  return d.value === null ? fail('required-missing') : ok(d.value);
}

export interface DtsenSourceRow {
  nik: string;
  no_kk: string;
  kelurahan: string;
  desil: number | null;
  status_verifikasi: string;
  tanggal_verifikasi: string | null;
}

export const DTSEN: SourceTableSpec<DtsenSourceRow> = {
  name: 'dtsen',
  label: 'ekstrak DTSEN (DSPM / Dinsos)',
  columns: [
    col('nik', parseNik, { required: true, personal: true, aliases: ['no_nik', 'nik_art', 'no_ktp'] }),
    col('no_kk', parseKk, { required: true, personal: true, aliases: ['kk', 'nomor_kk', 'no_kartu_keluarga', 'nkk'] }),
    col('kelurahan', parseKelurahan, { required: true, aliases: ['kel', 'desa_kelurahan', 'nama_kelurahan', 'kode_kelurahan'] }),
    col('desil', parseDesil, { required: true, optionalColumn: false, aliases: ['desil_nasional', 'peringkat_desil'] }),
    col('status_verifikasi', parseVerification, { required: true, aliases: ['status', 'verifikasi'] }),
    col('tanggal_verifikasi', parseDate, { aliases: ['tgl_verifikasi'] }),
  ],
  key: (r) => r.nik,
};
// desil may be blank (not ranked): the column is required, its value is not.
DTSEN.columns.find((c) => c.name === 'desil')!.requiredValue = false;

export interface PerusahaanSourceRow {
  id_perusahaan: string;
  nama_perusahaan: string;
  /** KBLI as given; `kbli_norm` is the parsed code/section/version (set by the row check). */
  kbli: string | null;
  kbli_versi: number | null;
  kbli_norm?: { kode: string | null; seksi: string; versi: 2020 | 2025 } | null;
  kelurahan: string | null;
  jumlah_pekerja: number;
  pekerja_lokal: number;
  mou: boolean | null;
}

export const PERUSAHAAN: SourceTableSpec<PerusahaanSourceRow> = {
  name: 'perusahaan',
  label: 'perusahaan',
  columns: [
    col('id_perusahaan', parseId, { required: true, aliases: ['kode_perusahaan', 'id'] }),
    col('nama_perusahaan', text, { required: true, aliases: ['nama', 'perusahaan'] }),
    // kbli is parsed together with kbli_versi in the row check below (two columns, one value).
    col('kbli', text, { aliases: ['kode_kbli', 'sektor'] }),
    col('kbli_versi', (v) => parseCount(v), { aliases: ['versi_kbli'], onInvalid: 'repair-null' }),
    col('kelurahan', parseOptionalKelurahan, { aliases: ['kel', 'lokasi_kelurahan'], onInvalid: 'repair-null' }),
    col('jumlah_pekerja', parseCount, { required: true, aliases: ['total_pekerja', 'pekerja'] }),
    col('pekerja_lokal', parseCount, { required: true, aliases: ['tenaga_kerja_lokal', 'pekerja_ktp_bontang'] }),
    col('mou', yaTidakCell, { aliases: ['mou_2025', 'tanda_tangan_mou'], onInvalid: 'repair-null' }),
  ],
  key: (r) => r.id_perusahaan,
  check: (r) => {
    const out: RowCheckFinding[] = [];
    const kbli = parseKbli(r.kbli, r.kbli_versi);
    r.kbli_norm = kbli.ok ? kbli.value : null;
    if (!kbli.ok) out.push({ code: kbli.code, column: kbli.code === 'kbli-version-invalid' ? 'kbli_versi' : 'kbli', severity: 'diperbaiki' });
    if (r.pekerja_lokal > r.jumlah_pekerja) out.push({ code: 'local-exceeds-workers', column: 'pekerja_lokal', severity: 'ditolak' });
    return out;
  },
};

export interface LowonganSourceRow {
  id_lowongan: string;
  id_perusahaan: string;
  jabatan: { kode: string; golongan: string } | null;
  jumlah: number;
  pendidikan_min: string | null;
  keterampilan: string[];
  tanggal_buka: string;
  tanggal_tutup: string | null;
  terisi: number | null;
  terisi_lokal: number | null;
  proyek: string | null;
  kuota_lokal_persen: number | null;
}

export const LOWONGAN: SourceTableSpec<LowonganSourceRow> = {
  name: 'lowongan',
  label: 'lowongan kerja',
  columns: [
    col('id_lowongan', parseId, { required: true, aliases: ['kode_lowongan', 'id'] }),
    col('id_perusahaan', parseId, { required: true, aliases: ['kode_perusahaan'] }),
    col('jabatan', parseKbji, { aliases: ['posisi', 'nama_jabatan', 'kbji'], onInvalid: 'repair-null' }),
    col('jumlah', parseCount, { required: true, aliases: ['jumlah_lowongan', 'jumlah_posisi', 'kebutuhan'] }),
    col('pendidikan_min', (v) => (isBlank(v) ? ok(null) : parseEducation(v)), {
      aliases: ['pendidikan', 'pendidikan_minimal', 'min_pendidikan'],
      onInvalid: 'repair-null',
    }),
    col('keterampilan', (v) => ok(parseSkills(v)), { aliases: ['skill', 'keahlian', 'kompetensi'] }),
    col('tanggal_buka', (v) => requiredDate(v), { required: true, aliases: ['tgl_buka', 'tanggal_dibuka'] }),
    col('tanggal_tutup', parseDate, { aliases: ['tgl_tutup', 'tanggal_ditutup'] }),
    col('terisi', parseCount, { aliases: ['jumlah_terisi'] }),
    col('terisi_lokal', parseCount, { aliases: ['terisi_pekerja_lokal'] }),
    col('proyek', text, { aliases: ['nama_proyek'] }),
    col('kuota_lokal_persen', parsePercent, { aliases: ['kuota_lokal'], onInvalid: 'repair-null' }),
  ],
  key: (r) => r.id_lowongan,
  check: (r, ctx) => {
    const out: RowCheckFinding[] = [];
    const filled = r.terisi ?? 0;
    if (filled > r.jumlah) out.push({ code: 'filled-exceeds-positions', column: 'terisi', severity: 'ditolak' });
    if ((r.terisi_lokal ?? 0) > filled) out.push({ code: 'local-exceeds-filled', column: 'terisi_lokal', severity: 'ditolak' });
    if (r.tanggal_tutup && r.tanggal_tutup < r.tanggal_buka) {
      out.push({ code: 'date-order-invalid', column: 'tanggal_tutup', severity: 'ditolak' });
    }
    if (ctx.companyIds && !ctx.companyIds.has(r.id_perusahaan)) {
      out.push({ code: 'company-unknown', column: 'id_perusahaan', severity: 'catatan' });
    }
    return out;
  },
};

export interface ValidasiSourceRow {
  tanggal: string;
  kelurahan: string;
  target_kk: number;
  terverifikasi_kk: number;
  target_jiwa: number | null;
  terverifikasi_jiwa: number | null;
}

export const VALIDASI: SourceTableSpec<ValidasiSourceRow> = {
  name: 'validasi',
  label: 'kemajuan verifikasi data kemiskinan',
  columns: [
    col('tanggal', (v) => requiredDate(v), { required: true, aliases: ['tgl', 'tanggal_laporan'] }),
    col('kelurahan', parseKelurahan, { required: true, aliases: ['kel', 'nama_kelurahan', 'kode_kelurahan'] }),
    col('target_kk', parseCount, { required: true, aliases: ['target'] }),
    col('terverifikasi_kk', parseCount, { required: true, aliases: ['verifikasi_kk', 'kk_terverifikasi'] }),
    col('target_jiwa', parseCount, {}),
    col('terverifikasi_jiwa', parseCount, { aliases: ['jiwa_terverifikasi'] }),
  ],
  key: (r) => `${r.tanggal}|${r.kelurahan}`,
  check: (r) => {
    const out: RowCheckFinding[] = [];
    if (r.terverifikasi_kk > r.target_kk) out.push({ code: 'verified-exceeds-target', column: 'terverifikasi_kk', severity: 'catatan' });
    if (r.target_jiwa !== null && r.terverifikasi_jiwa !== null && r.terverifikasi_jiwa > r.target_jiwa) {
      out.push({ code: 'verified-exceeds-target', column: 'terverifikasi_jiwa', severity: 'catatan' });
    }
    return out;
  },
};

export interface PelatihanSourceRow {
  id_program: string;
  nama_program: string;
  penyelenggara: string | null;
  jabatan: { kode: string; golongan: string } | null;
  mulai: string;
  selesai: string | null;
  peserta: number;
  lulus: number | null;
  bersertifikat: number | null;
  ditempatkan: number | null;
}

export const PELATIHAN: SourceTableSpec<PelatihanSourceRow> = {
  name: 'pelatihan',
  label: 'program pelatihan',
  columns: [
    col('id_program', parseId, { required: true, aliases: ['kode_program', 'id'] }),
    col('nama_program', text, { required: true, aliases: ['program', 'nama_pelatihan'] }),
    col('penyelenggara', text, { aliases: ['lembaga'] }),
    col('jabatan', parseKbji, { aliases: ['kbji', 'jabatan_sasaran'], onInvalid: 'repair-null' }),
    col('mulai', (v) => requiredDate(v), { required: true, aliases: ['tanggal_mulai', 'tgl_mulai'] }),
    col('selesai', parseDate, { aliases: ['tanggal_selesai', 'tgl_selesai'] }),
    col('peserta', parseCount, { required: true, aliases: ['jumlah_peserta'] }),
    col('lulus', parseCount, { aliases: ['jumlah_lulus'] }),
    col('bersertifikat', parseCount, { aliases: ['sertifikat', 'jumlah_bersertifikat'] }),
    col('ditempatkan', parseCount, { aliases: ['jumlah_ditempatkan', 'penempatan'] }),
  ],
  key: (r) => r.id_program,
  check: (r) => {
    const out: RowCheckFinding[] = [];
    for (const c of ['lulus', 'bersertifikat', 'ditempatkan'] as const) {
      if ((r[c] ?? 0) > r.peserta) out.push({ code: 'passed-exceeds-participants', column: c, severity: 'ditolak' });
    }
    if (r.selesai && r.selesai < r.mulai) out.push({ code: 'date-order-invalid', column: 'selesai', severity: 'ditolak' });
    return out;
  },
};

export interface IndikatorSourceRow {
  tahun: number;
  periode: string | null;
  wilayah: string;
  indikator: string;
  nilai: number;
  satuan: string | null;
  sumber: string;
  catatan: string | null;
}

export const INDIKATOR: SourceTableSpec<IndikatorSourceRow> = {
  name: 'indikator',
  label: 'statistik terbitan',
  columns: [
    col('tahun', parseCount, { required: true }),
    col('periode', text, { aliases: ['bulan'] }),
    col('wilayah', parseRegionCode, { required: true, aliases: ['kode_wilayah'] }),
    col('indikator', (v) => (isBlank(v) ? fail('required-missing') : ok(String(v).trim().toLowerCase())), { required: true }),
    col('nilai', parseDecimal, { required: true }),
    col('satuan', text, {}),
    col('sumber', text, { required: true }),
    col('catatan', text, {}),
  ],
  key: (r) => `${r.tahun}|${r.periode ?? ''}|${r.wilayah}|${r.indikator}`,
};

/** Every source table, in the order the pipeline reads them (companies before vacancies). */
export const SOURCE_TABLES = [PENCAKER, DTSEN, PERUSAHAAN, LOWONGAN, VALIDASI, PELATIHAN, INDIKATOR] as const;

export type SourceTableName = (typeof SOURCE_TABLES)[number]['name'];
