import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { silentEffects } from '../../src/pipeline/effects';
import { ISSUE_MESSAGES, type IssueCode } from '../../src/core/errors';
import {
  csv,
  DTSEN_HEADER,
  PENCAKER_HEADER,
  pencakerRow,
  person,
  syntheticNik,
  TEST_SECRET,
  writeSourceFolder,
} from '../support/source-fixture';

/**
 * Bad inputs from the data contract, each with the message the officer must see. Row-level
 * problems land in laporan/penolakan.csv (file, row, column, masked value, reason ID + EN);
 * whole-file problems stop the build with one message naming the file.
 */

interface ReportRow {
  tabel: string;
  berkas: string;
  baris: string;
  kolom: string;
  nilai_disamarkan: string;
  kode: string;
  tingkat: string;
  alasan: string;
  reason: string;
}

async function build(files: Record<string, string | Uint8Array | null>) {
  const src = await writeSourceFolder(files);
  const out = join(await mkdtemp(join(tmpdir(), 'sk-bad-')), 'snapshot');
  const manifest = await buildSnapshot({ sourceDir: src, outDir: out, secret: TEST_SECRET }, silentEffects);
  const report = Papa.parse<ReportRow>(await readFile(join(out, 'laporan', 'penolakan.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return { manifest, report };
}

const ok = person(1);
/** pencaker.csv with one good row (spreadsheet row 2) and one bad row (row 3). */
const pencakerWith = (bad: string[]) => csv([PENCAKER_HEADER, pencakerRow(ok), bad]);

type RowCase = {
  name: string;
  files: Record<string, string>;
  table: string;
  row: number;
  column: string;
  code: IssueCode;
  severity: 'ditolak' | 'diperbaiki' | 'catatan';
  masked?: RegExp;
};

const p2 = person(2);
const rowCases: RowCase[] = [
  { name: 'NIK destroyed by Excel (6.47401E+15)', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { NIK: '6.47401E+15' })) }, table: 'pencaker', row: 3, column: 'nik', code: 'nik-excel-mangled', severity: 'ditolak', masked: /^6\.47\*+/ },
  { name: 'NIK of 15 digits', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { NIK: p2.nik.slice(0, 15) })) }, table: 'pencaker', row: 3, column: 'nik', code: 'nik-invalid', severity: 'ditolak', masked: /^6474\*{11}$/ },
  { name: 'NIK whose serial Excel turned to 0000', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { NIK: p2.nik.slice(0, 12) + '0000' })) }, table: 'pencaker', row: 3, column: 'nik', code: 'nik-trailing-zeros', severity: 'ditolak' },
  { name: 'kelurahan outside Bontang', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { Kelurahan: 'Sangatta Utara' })) }, table: 'pencaker', row: 3, column: 'kelurahan', code: 'kelurahan-unknown', severity: 'ditolak', masked: /^Sangatta Utara$/ },
  { name: 'kelurahan with a typo is repaired', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { Kelurahan: 'Gunung Telihann' })) }, table: 'pencaker', row: 3, column: 'kelurahan', code: 'kelurahan-fuzzy', severity: 'diperbaiki' },
  { name: 'impossible date 31/02/2025', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { 'Tanggal Daftar': '31/02/2025' })) }, table: 'pencaker', row: 3, column: 'tanggal_daftar', code: 'date-invalid', severity: 'ditolak' },
  { name: 'education level not in the list', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { Pendidikan: 'Kursus Menjahit' })) }, table: 'pencaker', row: 3, column: 'pendidikan', code: 'education-unknown', severity: 'ditolak' },
  { name: 'sex neither L nor P', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { 'Jenis Kelamin': 'X' })) }, table: 'pencaker', row: 3, column: 'jenis_kelamin', code: 'sex-invalid', severity: 'ditolak' },
  { name: 'unknown card status', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { Status: 'menunggu' })) }, table: 'pencaker', row: 3, column: 'status', code: 'status-invalid', severity: 'ditolak' },
  { name: 'exact duplicate registration', files: { 'pencaker.csv': pencakerWith(pencakerRow(ok)) }, table: 'pencaker', row: 3, column: 'nik', code: 'duplicate-row', severity: 'ditolak' },
  { name: 'sex contradicts the NIK (kept, noted)', files: { 'pencaker.csv': pencakerWith(pencakerRow({ ...p2, nik: syntheticNik({ birth: p2.birth, sex: 'P', serial: 77 }) }, { 'Jenis Kelamin': 'L' })) }, table: 'pencaker', row: 3, column: 'jenis_kelamin', code: 'nik-sex-mismatch', severity: 'catatan' },
  { name: 'birth date contradicts the NIK (kept, noted)', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { 'Tanggal Lahir': '01/01/1980' })) }, table: 'pencaker', row: 3, column: 'tanggal_lahir', code: 'nik-birthdate-mismatch', severity: 'catatan' },
  { name: 'missing required value (empty NIK)', files: { 'pencaker.csv': pencakerWith(pencakerRow(p2, { NIK: '' })) }, table: 'pencaker', row: 3, column: 'nik', code: 'required-missing', severity: 'ditolak' },
  { name: 'desil outside 1-10', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'dtsen.csv': csv([DTSEN_HEADER, [ok.nik, '6474010101250001', 'Lok Tuan', '11', 'terverifikasi', '2025-10-20']]) }, table: 'dtsen', row: 2, column: 'desil', code: 'desil-invalid', severity: 'ditolak' },
  { name: 'unknown verification status', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'dtsen.csv': csv([DTSEN_HEADER, [ok.nik, '6474010101250001', 'Lok Tuan', '3', 'selesai?', '2025-10-20']]) }, table: 'dtsen', row: 2, column: 'status_verifikasi', code: 'verification-status-invalid', severity: 'ditolak' },
  { name: 'KK number too short', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'dtsen.csv': csv([DTSEN_HEADER, [ok.nik, '64740101', 'Lok Tuan', '3', 'belum', '']]) }, table: 'dtsen', row: 2, column: 'no_kk', code: 'kk-invalid', severity: 'ditolak' },
  { name: 'count with decimals (12,5 positions)', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'jumlah', 'tanggal_buka'], ['L9', 'P001', '12,5', '2025-01-01']]) }, table: 'lowongan', row: 2, column: 'jumlah', code: 'count-not-integer', severity: 'ditolak' },
  { name: 'negative count', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'jumlah', 'tanggal_buka'], ['L9', 'P001', '-3', '2025-01-01']]) }, table: 'lowongan', row: 2, column: 'jumlah', code: 'count-negative', severity: 'ditolak' },
  { name: 'more positions filled than offered', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'jumlah', 'tanggal_buka', 'terisi'], ['L9', 'P001', '3', '2025-01-01', '5']]) }, table: 'lowongan', row: 2, column: 'terisi', code: 'filled-exceeds-positions', severity: 'ditolak' },
  { name: 'vacancy closing before it opens', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'jumlah', 'tanggal_buka', 'tanggal_tutup'], ['L9', 'P001', '3', '2025-05-01', '2025-04-01']]) }, table: 'lowongan', row: 2, column: 'tanggal_tutup', code: 'date-order-invalid', severity: 'ditolak' },
  { name: 'vacancy of a company not in the company table (noted)', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'jumlah', 'tanggal_buka'], ['L9', 'P404', '3', '2025-05-01']]) }, table: 'lowongan', row: 2, column: 'id_perusahaan', code: 'company-unknown', severity: 'catatan' },
  { name: 'more local workers than workers', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'perusahaan.csv': csv([['id_perusahaan', 'nama_perusahaan', 'jumlah_pekerja', 'pekerja_lokal'], ['P001', 'PT Uji', '100', '120']]) }, table: 'perusahaan', row: 2, column: 'pekerja_lokal', code: 'local-exceeds-workers', severity: 'ditolak' },
  { name: 'unknown KBLI version (kept, version dropped)', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'perusahaan.csv': csv([['id_perusahaan', 'nama_perusahaan', 'kbli', 'kbli_versi', 'jumlah_pekerja', 'pekerja_lokal'], ['P001', 'PT Uji', '20111', '2017', '100', '80']]) }, table: 'perusahaan', row: 2, column: 'kbli_versi', code: 'kbli-version-invalid', severity: 'diperbaiki' },
  { name: 'more trainees passed than took part', files: { 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(ok)]), 'pelatihan.csv': csv([['id_program', 'nama_program', 'mulai', 'peserta', 'lulus'], ['T9', 'Las', '2025-01-01', '16', '18']]) }, table: 'pelatihan', row: 2, column: 'lulus', code: 'passed-exceeds-participants', severity: 'ditolak' },
];

describe('row-level bad input: each lands in the report with its message', () => {
  it.each(rowCases)('$name', async (c) => {
    const { manifest, report } = await build(c.files);
    const hit = report.find((r) => r.tabel === c.table && r.kode === c.code);
    expect(hit, `no ${c.code} in report: ${JSON.stringify(report)}`).toBeDefined();
    expect(hit!.baris).toBe(String(c.row));
    expect(hit!.kolom).toBe(c.column);
    expect(hit!.tingkat).toBe(c.severity);
    expect(hit!.alasan).toBe(ISSUE_MESSAGES[c.code].id);
    expect(hit!.reason).toBe(ISSUE_MESSAGES[c.code].en);
    expect(hit!.berkas).toBe(`${c.table}.csv`);
    if (c.masked) expect(hit!.nilai_disamarkan).toMatch(c.masked);
    const src = manifest.sources.find((s) => s.table === c.table)!;
    expect(src.rows_read).toBe(src.rows_accepted + src.rows_rejected);
    expect(src.rows_rejected).toBe(c.severity === 'ditolak' ? report.filter((r) => r.tabel === c.table && r.tingkat === 'ditolak').length : 0);
  });
});

describe('whole-file problems stop the build with one message naming the file', () => {
  const good = csv([PENCAKER_HEADER, pencakerRow(ok)]);
  const cases: Array<{ name: string; files: Record<string, string | Uint8Array | null>; message: RegExp }> = [
    { name: 'required column missing', files: { 'pencaker.csv': csv([PENCAKER_HEADER.filter((h) => h !== 'Tanggal Daftar'), pencakerRow(ok).slice(0, 9)]) }, message: /pencaker\.csv: Kolom wajib tidak ada\. .*tanggal_daftar/ },
    { name: 'a file of another table under this name', files: { 'pencaker.csv': csv([DTSEN_HEADER.filter((h) => h !== 'nik'), ['1', '2', '3', '4', '5']]) }, message: /pencaker\.csv: Berkas tidak cocok dengan tabel mana pun/ },
    { name: 'no pencaker file at all', files: {}, message: /Berkas tabel wajib tidak ditemukan.*pencaker/ },
    { name: 'an .xlsx that is not a spreadsheet', files: { 'pencaker.csv': good, 'perusahaan.xlsx': new TextEncoder().encode('bukan excel') , 'perusahaan.csv': null }, message: /perusahaan\.xlsx: Berkas tidak dapat dibaca/ },
    { name: 'an empty CSV', files: { 'pencaker.csv': good, 'validasi.csv': '' }, message: /validasi\.csv: Berkas kosong/ },
  ];
  it.each(cases)('$name', async (c) => {
    const src = await writeSourceFolder(c.files);
    const out = join(await mkdtemp(join(tmpdir(), 'sk-bad-')), 'snapshot');
    await expect(buildSnapshot({ sourceDir: src, outDir: out, secret: TEST_SECRET }, silentEffects)).rejects.toThrow(c.message);
  });
});
