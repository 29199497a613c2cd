/**
 * Independent plain-TypeScript computation of the validasi view's indicators over raw snapshot
 * rows, written from the definitions (day numbers, loops over reports), not from the SQL, so the
 * two can disagree.
 */
import { expect } from 'vitest';
import type { ViewParams } from '../../../../src/core/indicators/types';

export interface VRow {
  tanggal: string;
  kode_kelurahan: string;
  target_kk: number;
  terverifikasi_kk: number;
  target_jiwa: number | null;
  terverifikasi_jiwa: number | null;
}

export interface WRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
}

export interface PRow {
  id_pendaftaran: number;
  id_orang: string;
  kode_kelurahan: string;
  tanggal_daftar: string;
  status: string;
  tanggal_penempatan: string | null;
  tanggal_kedaluwarsa: string;
  di_dtsen: boolean;
}

const DAY = 86_400_000;
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Last day of 'YYYY-MM'. */
export function monthEnd(periode: string): string {
  const [y, m] = periode.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface Group {
  jenis: 'induk' | 'rincian';
  kode: string;
  nama: string | null;
  members: string[];
}

/** Parent first, then the parts by code. */
export function groupsFor(p: ViewParams, wilayah: WRow[]): Group[] {
  const sorted = [...wilayah].sort((a, b) => a.kode_kelurahan.localeCompare(b.kode_kelurahan));
  let kec = p.kecamatan;
  if (!kec && p.kelurahan) kec = sorted.find((w) => w.kode_kelurahan === p.kelurahan)?.kode_kecamatan;
  if (!kec) {
    const kecs = [...new Set(sorted.map((w) => w.kode_kecamatan))].sort();
    return [
      { jenis: 'induk', kode: '64.74', nama: null, members: sorted.map((w) => w.kode_kelurahan) },
      ...kecs.map((k) => ({
        jenis: 'rincian' as const,
        kode: k,
        nama: sorted.find((w) => w.kode_kecamatan === k)!.nama_kecamatan,
        members: sorted.filter((w) => w.kode_kecamatan === k).map((w) => w.kode_kelurahan),
      })),
    ];
  }
  const inKec = sorted.filter((w) => w.kode_kecamatan === kec);
  return [
    { jenis: 'induk', kode: kec, nama: inKec[0]?.nama_kecamatan ?? null, members: inKec.map((w) => w.kode_kelurahan) },
    ...inKec.map((w) => ({ jenis: 'rincian' as const, kode: w.kode_kelurahan, nama: w.nama_kelurahan, members: [w.kode_kelurahan] })),
  ];
}

/** Reports of one kelurahan on or before `until`, oldest first (same day: more verified last). */
function reportsOf(rows: VRow[], kel: string, until?: string): VRow[] {
  return rows
    .filter((r) => r.kode_kelurahan === kel && (until === undefined || r.tanggal <= until))
    .sort((a, b) => (a.tanggal === b.tanggal ? a.terverifikasi_kk - b.terverifikasi_kk : a.tanggal < b.tanggal ? -1 : 1));
}

/** The report in force on day `iso`: the last one dated on or before it. */
function inForce(reports: VRow[], iso: string): VRow | undefined {
  let found: VRow | undefined;
  for (const r of reports) if (r.tanggal <= iso) found = r;
  return found;
}

const pct = (a: number, b: number) => (b === 0 ? null : (100 * a) / b);

export function expectedSeri(p: ViewParams, rows: VRow[], wilayah: WRow[]) {
  const end = monthEnd(p.periode);
  const groups = groupsFor(p, wilayah);
  const all = groups[0].members;
  const dates = [...new Set(rows.filter((r) => all.includes(r.kode_kelurahan) && r.tanggal <= end).map((r) => r.tanggal))].sort();
  const out: Array<Record<string, unknown>> = [];
  for (const d of dates) {
    for (const g of groups) {
      let v = 0;
      let t = 0;
      let any = false;
      for (const k of g.members) {
        const r = inForce(reportsOf(rows, k, end), d);
        if (!r) continue;
        any = true;
        v += r.terverifikasi_kk;
        t += r.target_kk;
      }
      if (!any) continue;
      out.push({ tanggal: d, jenis: g.jenis, kode: g.kode, nama: g.nama, terverifikasi_kk: v, target_kk: t, persen_kk: pct(v, t) });
    }
  }
  return out;
}

interface KelState {
  last: VRow;
  done: boolean;
  sisa: number;
  pacePerDay: number | null;
  window: number;
  projection: number | null;
}

function kelState(reports: VRow[]): KelState | null {
  if (reports.length === 0) return null;
  const last = reports[reports.length - 1];
  const first = reports.reduce((a, b) => (b.tanggal < a.tanggal ? b : a));
  let base = first;
  for (const r of reports) if (dayOf(r.tanggal) <= dayOf(last.tanggal) - 28) base = r;
  // `reports` is sorted, so the loop leaves the latest report at least 28 days older (or the first).
  const window = dayOf(last.tanggal) - dayOf(base.tanggal);
  const done = last.terverifikasi_kk >= last.target_kk;
  const sisa = Math.max(last.target_kk - last.terverifikasi_kk, 0);
  const gain = last.terverifikasi_kk - base.terverifikasi_kk;
  const pacePerDay = window > 0 ? gain / window : null;
  const projection = !done && window > 0 && gain > 0 ? dayOf(last.tanggal) + Math.ceil((sisa * window) / gain) : null;
  return { last, done, sisa, pacePerDay, window, projection };
}

export function expectedWilayah(p: ViewParams, rows: VRow[], wilayah: WRow[]) {
  const end = monthEnd(p.periode);
  return groupsFor(p, wilayah).map((g) => {
    const states = g.members.map((k) => kelState(reportsOf(rows, k, end))).filter((s): s is KelState => s !== null);
    const firstEver = rows.filter((r) => g.members.includes(r.kode_kelurahan)).map((r) => r.tanggal).sort()[0] ?? null;
    const unfinished = states.filter((s) => !s.done);
    const noPace = unfinished.filter((s) => s.projection === null).length;
    const allReported = states.length === g.members.length;
    const status =
      states.length === 0 ? 'belum-lapor' : allReported && unfinished.length === 0 ? 'selesai' : allReported && noPace === 0 ? 'berjalan' : 'tanpa-proyeksi';
    let selesai: string | null = null;
    if (status === 'selesai') {
      const dates = [...new Set(g.members.flatMap((k) => reportsOf(rows, k, end).map((r) => r.tanggal)))].sort();
      selesai =
        dates.find((d) =>
          g.members.every((k) => {
            const r = inForce(reportsOf(rows, k, end), d);
            return r !== undefined && r.terverifikasi_kk >= r.target_kk;
          }),
        ) ?? null;
    }
    const sum = (f: (s: KelState) => number | null) => {
      const vals = states.map(f).filter((x): x is number => x !== null);
      return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
    };
    const tk = sum((s) => s.last.target_kk) ?? 0;
    const vk = sum((s) => s.last.terverifikasi_kk) ?? 0;
    const tj = sum((s) => s.last.target_jiwa);
    const vj = sum((s) => s.last.terverifikasi_jiwa);
    const paces = unfinished.map((s) => s.pacePerDay).filter((x): x is number => x !== null);
    const windows = unfinished.filter((s) => s.pacePerDay !== null).map((s) => s.window);
    const projections = unfinished.map((s) => s.projection).filter((x): x is number => x !== null);
    return {
      jenis: g.jenis,
      kode: g.kode,
      nama: g.nama,
      kelurahan: g.members.length,
      kelurahan_lapor: states.length,
      kelurahan_selesai: states.filter((s) => s.done).length,
      kelurahan_tanpa_laju: noPace,
      tanggal_laporan: states.length ? states.map((s) => s.last.tanggal).sort().at(-1)! : null,
      target_kk: tk,
      terverifikasi_kk: vk,
      persen_kk: states.length ? pct(vk, tk) : null,
      target_jiwa: tj,
      terverifikasi_jiwa: vj,
      persen_jiwa: tj === null || vj === null ? null : pct(vj, tj),
      status,
      tanggal_selesai: selesai,
      sisa_kk: states.reduce((a, s) => a + s.sisa, 0),
      laju_kk_minggu: status === 'selesai' || paces.length === 0 ? null : 7 * paces.reduce((a, b) => a + b, 0),
      laju_hari: status === 'selesai' || windows.length === 0 ? null : Math.min(...windows),
      tanggal_proyeksi: status === 'berjalan' ? isoOf(Math.max(...projections)) : null,
      laporan_pertama: firstEver,
    };
  });
}

export function expectedKelurahan(p: ViewParams, rows: VRow[], wilayah: WRow[]) {
  const end = monthEnd(p.periode);
  return [...wilayah]
    .sort((a, b) => a.kode_kelurahan.localeCompare(b.kode_kelurahan))
    .map((w) => {
      const reports = reportsOf(rows, w.kode_kelurahan, end);
      const last = reports.at(-1);
      const firstFull = reports.find((r) => r.terverifikasi_kk >= r.target_kk);
      return {
        kode_kelurahan: w.kode_kelurahan,
        nama_kelurahan: w.nama_kelurahan,
        kode_kecamatan: w.kode_kecamatan,
        nama_kecamatan: w.nama_kecamatan,
        tanggal_laporan: last?.tanggal ?? null,
        target_kk: last?.target_kk ?? null,
        terverifikasi_kk: last?.terverifikasi_kk ?? null,
        persen_kk: last ? pct(last.terverifikasi_kk, last.target_kk) : null,
        tanggal_selesai: last && last.terverifikasi_kk >= last.target_kk ? firstFull!.tanggal : null,
      };
    });
}

function isActive(r: PRow, d: string): boolean {
  return r.tanggal_daftar <= d && r.status !== 'dicabut' && r.tanggal_kedaluwarsa > d && (r.tanggal_penempatan === null || r.tanggal_penempatan > d);
}

/** Latest registration per person among `regs` (by date, then registration number). */
function latestPerPerson(regs: PRow[]): Map<string, PRow> {
  const out = new Map<string, PRow>();
  for (const r of regs) {
    const cur = out.get(r.id_orang);
    if (!cur || r.tanggal_daftar > cur.tanggal_daftar || (r.tanggal_daftar === cur.tanggal_daftar && r.id_pendaftaran > cur.id_pendaftaran)) {
      out.set(r.id_orang, r);
    }
  }
  return out;
}

export function expectedTautan(p: ViewParams, pencaker: PRow[], wilayah: WRow[]) {
  const d = monthEnd(p.periode);
  const active = latestPerPerson(pencaker.filter((r) => isActive(r, d)));
  const registered = pencaker.filter((r) => r.tanggal_daftar <= d);
  const latest = latestPerPerson(registered);
  const inDtsen = new Set(registered.filter((r) => r.di_dtsen).map((r) => r.id_orang));
  return groupsFor(p, wilayah).map((g) => {
    const a = [...active.values()].filter((r) => g.members.includes(r.kode_kelurahan));
    const t = [...latest.values()].filter((r) => g.members.includes(r.kode_kelurahan));
    const ad = a.filter((r) => r.di_dtsen).length;
    const td = t.filter((r) => inDtsen.has(r.id_orang)).length;
    return {
      jenis: g.jenis,
      kode: g.kode,
      nama: g.nama,
      aktif: a.length,
      aktif_dtsen: ad,
      persen_aktif: pct(ad, a.length),
      terdaftar: t.length,
      terdaftar_dtsen: td,
      persen_terdaftar: pct(td, t.length),
    };
  });
}

export function expectedDtsenPencaker(
  p: ViewParams,
  agregat: Array<{ kode_kelurahan: string; jumlah_jiwa: number; jumlah_pencaker: number }>,
  wilayah: WRow[],
) {
  return groupsFor(p, wilayah).map((g) => {
    const rows = agregat.filter((r) => g.members.includes(r.kode_kelurahan));
    const jiwa = rows.reduce((a, r) => a + r.jumlah_jiwa, 0);
    const pencaker = rows.reduce((a, r) => a + r.jumlah_pencaker, 0);
    return { jenis: g.jenis, kode: g.kode, nama: g.nama, jiwa, pencaker, persen: pct(pencaker, jiwa) };
  });
}

/** Compare rows field by field, floats to 9 digits. */
export function sameRows(actual: Array<Record<string, unknown>>, want: Array<Record<string, unknown>>) {
  expect(actual.map((r) => `${r.tanggal ?? ''}|${r.jenis ?? ''}|${r.kode ?? r.kode_kelurahan}`)).toEqual(
    want.map((r) => `${r.tanggal ?? ''}|${r.jenis ?? ''}|${r.kode ?? r.kode_kelurahan}`),
  );
  want.forEach((w, i) => {
    const a = actual[i];
    expect(Object.keys(a), `columns row ${i}`).toEqual(Object.keys(w));
    for (const [k, v] of Object.entries(w)) {
      if (typeof v === 'number' && !Number.isInteger(v)) expect(a[k], `${k} row ${i}`).toBeCloseTo(v, 9);
      else expect(a[k], `${k} row ${i} (${String(w.kode ?? w.kode_kelurahan)})`).toEqual(v);
    }
  });
}
