import type { DuckDBConnection } from '@duckdb/node-api';
import { tableDef, type SnapshotTableName } from '../../core/schema/snapshot';
import type {
  IndikatorSourceRow,
  LowonganSourceRow,
  PelatihanSourceRow,
  PerusahaanSourceRow,
  ValidasiSourceRow,
} from '../../core/tables/source-tables';
import { loadRows } from '../duck';

/**
 * The registers that go into the snapshot nearly as they come, once validated:
 * perusahaan, lowongan, validasi, pelatihan and indikator (one Parquet file each).
 * Each function maps source rows to the snapshot columns of core/schema/snapshot.ts.
 */
async function load(conn: DuckDBConnection, name: SnapshotTableName, rows: Iterable<Record<string, unknown>>, tmp: string) {
  await loadRows(conn, name, tableDef(name).columns, rows, tmp);
}

export function perusahaanRows(rows: readonly PerusahaanSourceRow[]) {
  return rows.map((r) => ({
    id_perusahaan: r.id_perusahaan,
    nama_perusahaan: r.nama_perusahaan,
    kbli_kode: r.kbli_norm?.kode ?? null,
    kbli_seksi: r.kbli_norm?.seksi ?? null,
    kbli_versi: r.kbli_norm?.versi ?? (r.kbli_versi === 2025 ? 2025 : 2020),
    kode_kelurahan: r.kelurahan,
    jumlah_pekerja: r.jumlah_pekerja,
    pekerja_lokal: r.pekerja_lokal,
    mou: r.mou ?? false,
  }));
}

export function lowonganRows(rows: readonly LowonganSourceRow[]) {
  return rows.map((r) => ({
    id_lowongan: r.id_lowongan,
    id_perusahaan: r.id_perusahaan,
    kbji_kode: r.jabatan?.kode ?? null,
    kbji_golongan: r.jabatan?.golongan ?? null,
    jumlah: r.jumlah,
    pendidikan_min: r.pendidikan_min,
    keterampilan: r.keterampilan,
    tanggal_buka: r.tanggal_buka,
    tanggal_tutup: r.tanggal_tutup,
    terisi: r.terisi ?? 0,
    terisi_lokal: r.terisi_lokal ?? 0,
    proyek: r.proyek,
    kuota_lokal_persen: r.kuota_lokal_persen,
  }));
}

export function validasiRows(rows: readonly ValidasiSourceRow[]) {
  return rows.map((r) => ({
    tanggal: r.tanggal,
    kode_kelurahan: r.kelurahan,
    target_kk: r.target_kk,
    terverifikasi_kk: r.terverifikasi_kk,
    target_jiwa: r.target_jiwa,
    terverifikasi_jiwa: r.terverifikasi_jiwa,
  }));
}

export function pelatihanRows(rows: readonly PelatihanSourceRow[]) {
  return rows.map((r) => ({
    id_program: r.id_program,
    nama_program: r.nama_program,
    penyelenggara: r.penyelenggara,
    kbji_kode: r.jabatan?.kode ?? null,
    kbji_golongan: r.jabatan?.golongan ?? null,
    mulai: r.mulai,
    selesai: r.selesai,
    peserta: r.peserta,
    lulus: r.lulus ?? 0,
    bersertifikat: r.bersertifikat ?? 0,
    ditempatkan: r.ditempatkan ?? 0,
  }));
}

export function indikatorRows(rows: readonly IndikatorSourceRow[]) {
  return rows.map((r) => ({
    tahun: r.tahun,
    periode: r.periode,
    kode_wilayah: r.wilayah,
    indikator: r.indikator,
    nilai: r.nilai,
    satuan: r.satuan,
    sumber: r.sumber,
    catatan: r.catatan,
  }));
}

export async function stageRegisters(
  conn: DuckDBConnection,
  data: {
    perusahaan: readonly PerusahaanSourceRow[];
    lowongan: readonly LowonganSourceRow[];
    validasi: readonly ValidasiSourceRow[];
    pelatihan: readonly PelatihanSourceRow[];
    indikator: readonly IndikatorSourceRow[];
  },
  tmp: (name: string) => string,
): Promise<void> {
  await load(conn, 'perusahaan', perusahaanRows(data.perusahaan), tmp('perusahaan'));
  await load(conn, 'lowongan', lowonganRows(data.lowongan), tmp('lowongan'));
  await load(conn, 'validasi', validasiRows(data.validasi), tmp('validasi'));
  await load(conn, 'pelatihan', pelatihanRows(data.pelatihan), tmp('pelatihan'));
  await load(conn, 'indikator', indikatorRows(data.indikator), tmp('indikator'));
}
