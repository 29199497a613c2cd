import type { DuckDBConnection } from '@duckdb/node-api';
import { tableDef, type SnapshotTableName } from '../../core/schema/snapshot';
import { KECAMATAN, KELURAHAN } from '../../core/reference/wilayah';
import { KBJI_GOLONGAN_POKOK } from '../../core/reference/kbji';
import { KBLI_2020, KBLI_2025 } from '../../core/reference/kbli';
import { EDUCATION_LEVELS } from '../../core/normalise/education';
import type { GeometryResult } from '../../core/geo';
import { loadRows } from '../duck';

/**
 * Reference tables written into every snapshot so SQL can join names to codes:
 * wilayah (kelurahan with kecamatan and label points), ref_kbji, ref_kbli, ref_pendidikan.
 */
export async function stageReference(conn: DuckDBConnection, geometry: GeometryResult, tmp: (name: string) => string) {
  const load = (name: SnapshotTableName, rows: Record<string, unknown>[]) =>
    loadRows(conn, name, tableDef(name).columns, rows, tmp(name));
  await load(
    'wilayah',
    KELURAHAN.map((k) => {
      const kec = KECAMATAN.find((c) => c.kode === k.kode_kecamatan)!;
      const label = geometry.labels[k.kode] ?? k.label;
      return {
        kode_kelurahan: k.kode,
        nama_kelurahan: k.nama,
        kode_kecamatan: kec.kode,
        nama_kecamatan: kec.nama,
        kode_bps: k.kode_bps,
        lat: round6(label.lat),
        lng: round6(label.lng),
        geometri_skematis: geometry.kind === 'schematic',
      };
    }),
  );
  await load('ref_kbji', KBJI_GOLONGAN_POKOK.map((g) => ({ kode: g.kode, nama: g.nama })));
  await load('ref_kbli', [
    ...KBLI_2020.map((s) => ({ versi: 2020, seksi: s.seksi, nama: s.nama })),
    ...KBLI_2025.map((s) => ({ versi: 2025, seksi: s.seksi, nama: s.nama })),
  ]);
  await load(
    'ref_pendidikan',
    EDUCATION_LEVELS.map((e) => ({ kode: e.kode, nama: e.nama, urutan: e.urutan, kelompok: e.kelompok })),
  );
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
