import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  kemiskinanPrioritasGolongan,
  kemiskinanPrioritasJabatan,
  kemiskinanPrioritasKelurahan,
} from '../../../../src/core/indicators/kemiskinan';
import { LOWONGAN_TERBUKA } from '../../../../src/core/indicators/kemiskinan/lowongan-terbuka';
import { AKTIF_COCOK } from '../../../../src/core/indicators/kemiskinan/aktif-cocok';
import { KEMISKINAN_INDICATORS } from '../../../../src/core/indicators/kemiskinan';
import type { IndicatorDef, ViewParams } from '../../../../src/core/indicators/types';
import { materialisedQuery } from '../../../../src/app/db/materialise';
import { TOP_JABATAN } from '../../../../src/core/indicators/kemiskinan/prioritas-jabatan';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import {
  activePeople,
  DEMO,
  inArea,
  inTarget,
  listKec,
  loadRows,
  matcher,
  openVacancies,
  paramSets,
  passes,
  pct,
  queryBase,
  type RawRows,
} from './reference';

const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);
const PARAMS = paramSets(periode);

let db: SnapshotDb;
let rows: RawRows;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  rows = await loadRows(db);
});
afterAll(() => db?.close());

describe('the {{lowongan_terbuka}} base relation', () => {
  it.each([periode, '2025-06', '2024-02', '2022-01'])('holds the vacancies open on the last day of %s', async (per) => {
    const q = LOWONGAN_TERBUKA.sql({ periode: per });
    const got = await db.query<{ id_lowongan: string; jumlah: number }>(q.sql, q.params);
    const want = openVacancies(rows, per);
    expect(got.map((r) => r.id_lowongan).sort()).toEqual(want.map((l) => l.id_lowongan).sort());
    expect(LOWONGAN_TERBUKA.key({ periode: per })).toBe(per);
  });
});

describe('the {{aktif_cocok}} base relation', () => {
  it.each([periode, '2025-06'])('flags every person active at the end of %s by occupation and by skill', async (per) => {
    const got = await queryBase<{ id_orang: string; cocok_jabatan: boolean; cocok_keterampilan: boolean }>(db, AKTIF_COCOK, { periode: per });
    const m = matcher(rows, per);
    const people = activePeople(rows, per);
    expect(got.length).toBe(people.length);
    const byId = new Map(got.map((r) => [r.id_orang, r]));
    for (const x of people) {
      const r = byId.get(x.id)!;
      expect(r.cocok_jabatan, x.id).toBe(m.byJob(x));
      expect(r.cocok_keterampilan, x.id).toBe(m.bySkill(x));
    }
    expect(got.some((r) => r.cocok_jabatan)).toBe(true);
    expect(got.some((r) => !r.cocok_jabatan && r.cocok_keterampilan)).toBe(true);
    expect(got.some((r) => !r.cocok_jabatan && !r.cocok_keterampilan)).toBe(true);
  });

  it('gives every indicator of the view the same rows materialised (browser path) as inlined (Node path)', async () => {
    const client = { query: db.query.bind(db) } as never;
    const p: ViewParams = { periode, kecamatan: '64.74.02', pilih: { desil: ['1', '2'], pend: ['SMA'] } };
    for (const def of KEMISKINAN_INDICATORS) {
      const q = await materialisedQuery(client, def as IndicatorDef<ViewParams, unknown>, p);
      expect(await db.query(q.sql, q.params), def.id).toEqual(await queryIndicator(db, def, p));
    }
  });
});

describe('kemiskinanPrioritasKelurahan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanPrioritasKelurahan, p);
    const m = matcher(rows, p.periode);
    const kec = listKec(p);
    expect(got.map((r) => r.kode_kelurahan)).toEqual(rows.wilayah.filter((w) => !kec || w.kode_kecamatan === kec).map((w) => w.kode_kelurahan));
    const group = activePeople(rows, p.periode).filter((x) => inTarget(x, p) && passes(x, p, ['desil']));
    for (const r of got) {
      const here = group.filter((x) => x.kel === r.kode_kelurahan);
      const job = here.filter(m.byJob).length;
      const skillOnly = here.filter((x) => !m.byJob(x) && m.bySkill(x)).length;
      expect(r.sasaran, r.kode_kelurahan).toBe(here.length);
      expect(r.cocok_jabatan, r.kode_kelurahan).toBe(job);
      expect(r.cocok_keterampilan, r.kode_kelurahan).toBe(skillOnly);
      expect(r.prioritas, r.kode_kelurahan).toBe(job + skillOnly);
      const share = pct(job + skillOnly, here.length);
      if (share === null) expect(r.persen).toBeNull();
      else expect(r.persen).toBeCloseTo(share, 9);
    }
  });
});

describe('kemiskinanPrioritasGolongan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanPrioritasGolongan, p);
    const m = matcher(rows, p.periode);
    const group = activePeople(rows, p.periode).filter((x) => inArea(x, p) && inTarget(x, p) && passes(x, p, ['kbji', 'desil']));
    const positions = new Map<string, number>();
    for (const l of m.open) positions.set(l.kbji_golongan ?? '?', (positions.get(l.kbji_golongan ?? '?') ?? 0) + l.jumlah);
    const codes = rows.kbji.map((k) => k.kode);
    if (group.some((x) => x.golongan === '?') || positions.has('?')) codes.push('?');
    expect(got.map((r) => r.golongan)).toEqual(codes);
    for (const r of got) {
      const here = group.filter((x) => x.golongan === r.golongan);
      const pool = here.filter((x) => m.byJob(x) || m.bySkill(x));
      expect(r.nama).toBe(rows.kbji.find((k) => k.kode === r.golongan)?.nama ?? null);
      expect(r.sasaran, r.golongan).toBe(here.length);
      expect(r.prioritas, r.golongan).toBe(pool.length);
      expect(r.cocok_jabatan, r.golongan).toBe(pool.filter(m.byJob).length);
      expect(r.posisi_terbuka, r.golongan).toBe(positions.get(r.golongan) ?? 0);
    }
    // unknown occupations can only match by skill
    const unknown = got.find((r) => r.golongan === '?');
    if (unknown) expect(unknown.cocok_jabatan).toBe(0);
  });

  it('shows every open position of the city, whatever the area', async () => {
    const city = await queryIndicator(db, kemiskinanPrioritasGolongan, { periode });
    const kel = await queryIndicator(db, kemiskinanPrioritasGolongan, { periode, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' });
    const total = openVacancies(rows, periode).reduce((s, l) => s + l.jumlah, 0);
    expect(city.reduce((s, r) => s + r.posisi_terbuka, 0)).toBe(total);
    expect(kel.map((r) => r.posisi_terbuka)).toEqual(city.map((r) => r.posisi_terbuka));
    expect(total).toBeGreaterThan(0);
  });
});

describe('kemiskinanPrioritasJabatan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanPrioritasJabatan, p);
    const m = matcher(rows, p.periode);
    const pool = activePeople(rows, p.periode).filter(
      (x) => inArea(x, p) && inTarget(x, p) && passes(x, p, ['desil']) && x.kbji !== null && (m.byJob(x) || m.bySkill(x)),
    );
    const counts = new Map<string, number>();
    for (const x of pool) counts.set(x.kbji!, (counts.get(x.kbji!) ?? 0) + 1);
    const want = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_JABATAN)
      .map(([kode, n], i) => {
        const open = m.open.filter((l) => l.kbji_kode === kode);
        return {
          kbji_kode: kode,
          golongan: kode.slice(0, 1),
          prioritas: n,
          posisi_terbuka: open.reduce((s, l) => s + l.jumlah, 0),
          lowongan: open.length,
          peringkat: i + 1,
        };
      });
    expect(got).toEqual(want);
  });

  it('an occupation with open positions is matched by occupation; one without is matched by skill only', async () => {
    const got = await queryIndicator(db, kemiskinanPrioritasJabatan, { periode });
    expect(got.length).toBe(TOP_JABATAN);
    expect(got.some((r) => r.posisi_terbuka > 0)).toBe(true);
    for (const r of got) expect(r.posisi_terbuka > 0).toBe(r.lowongan > 0);
  });
});
