import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KEMISKINAN_INDICATORS } from '../../../../src/core/indicators/kemiskinan';
import {
  KEMISKINAN_KETERAMPILAN,
  KEMISKINAN_KETERAMPILAN_KUBUS,
  KEMISKINAN_KETERAMPILAN_KUBUS_KOTA,
  KEMISKINAN_KUBUS,
  KEMISKINAN_KUBUS_KOTA,
} from '../../../../src/core/indicators/kemiskinan/kubus';
import type { IndicatorDef, ViewParams } from '../../../../src/core/indicators/types';
import { materialisedQuery } from '../../../../src/app/db/materialise';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { activePeople, DEMO, loadRows, matcher, queryBase, type Person, type RawRows } from './reference';

const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);

let db: SnapshotDb;
let rows: RawRows;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  rows = await loadRows(db);
});
afterAll(() => db?.close());

type Row = Record<string, unknown>;

/** Count `items` by `key`, as a Map key -> count. */
function countBy<T>(items: T[], key: (x: T) => string, weight: (x: T) => number = () => 1): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + weight(x));
  return m;
}

/** The per-person columns every kemiskinan cube carries, from the plain-TypeScript model. */
function personKey(x: Person, jab: boolean, skl: boolean, area: boolean): string {
  return JSON.stringify([
    ...(area ? [x.kel, x.kec] : []),
    x.jk,
    x.umur,
    x.pend,
    x.golongan,
    x.kbji,
    x.desilKat,
    x.desil,
    x.diDtsen,
    x.durasi,
    jab,
    skl,
  ]);
}

function rowKey(r: Row, area: boolean): string {
  return JSON.stringify([
    ...(area ? [r.kode_kelurahan, r.kode_kecamatan] : []),
    r.jenis_kelamin,
    r.kelompok_umur,
    r.pendidikan,
    r.kbji_golongan,
    r.kbji_kode,
    r.desil_kat,
    r.desil,
    r.di_dtsen,
    r.kelompok_durasi,
    r.cocok_jabatan,
    r.cocok_keterampilan,
  ]);
}

function skillKey(x: { kel?: string; kec?: string; jk: string; umur: string; pend: string; golongan: string; desilKat: string; desil: number | null; durasi: string }, s: string, area: boolean): string {
  return JSON.stringify([s, ...(area ? [x.kel, x.kec] : []), x.jk, x.umur, x.pend, x.golongan, x.desilKat, x.desil, x.durasi]);
}

describe.each([periode, '2025-06'])('the kemiskinan cubes at the end of %s', (per) => {
  it('{{kemiskinan_kubus}} and {{kemiskinan_kubus_kota}} count every active person once, by all their columns', async () => {
    const m = matcher(rows, per);
    const people = activePeople(rows, per);
    for (const [base, area] of [
      [KEMISKINAN_KUBUS, true],
      [KEMISKINAN_KUBUS_KOTA, false],
    ] as const) {
      const got = await queryBase<Row>(db, base, { periode: per });
      const want = countBy(people, (x) => personKey(x, m.byJob(x), m.bySkill(x), area));
      expect(got.length, base.id).toBe(want.size);
      expect(new Map(got.map((r) => [rowKey(r, area), r.n])), base.id).toEqual(want);
    }
  });

  it('{{kemiskinan_keterampilan}} has one row per person and distinct skill, a person keeping one number o', async () => {
    const m = matcher(rows, per);
    const people = activePeople(rows, per);
    const got = await queryBase<Row & { o: number; keterampilan: string }>(db, KEMISKINAN_KETERAMPILAN, { periode: per });
    const want = countBy(
      people.flatMap((x) => [...new Set(x.skills)].map((s) => ({ x, s }))),
      ({ x, s }) => personKey(x, m.byJob(x), m.bySkill(x), true) + s,
    );
    expect(countBy(got, (r) => rowKey(r, true) + r.keterampilan)).toEqual(want);
    // o identifies the person: the same columns on every row of a number, distinct skills, and
    // as many numbers as people with at least one skill
    const byO = new Map<number, typeof got>();
    for (const r of got) byO.set(r.o, [...(byO.get(r.o) ?? []), r]);
    expect(byO.size).toBe(people.filter((x) => x.skills.length > 0).length);
    for (const [, rs] of byO) {
      expect(new Set(rs.map((r) => rowKey(r, true))).size).toBe(1);
      expect(new Set(rs.map((r) => r.keterampilan)).size).toBe(rs.length);
    }
  });

  it('the skill cubes count people per skill by the skills chart dimensions', async () => {
    const people = activePeople(rows, per);
    const pairs = people.flatMap((x) => [...new Set(x.skills)].map((s) => ({ x, s })));
    for (const [base, area] of [
      [KEMISKINAN_KETERAMPILAN_KUBUS, true],
      [KEMISKINAN_KETERAMPILAN_KUBUS_KOTA, false],
    ] as const) {
      const got = await queryBase<Row>(db, base, { periode: per });
      const want = countBy(pairs, ({ x, s }) => skillKey(x, s, area));
      const key = (r: Row) =>
        JSON.stringify([
          r.keterampilan,
          ...(area ? [r.kode_kelurahan, r.kode_kecamatan] : []),
          r.jenis_kelamin,
          r.kelompok_umur,
          r.pendidikan,
          r.kbji_golongan,
          r.desil_kat,
          r.desil,
          r.kelompok_durasi,
        ]);
      expect(new Map(got.map((r) => [key(r), r.n])), base.id).toEqual(want);
      // diminta: an open vacancy asks for the skill
      const { skills: demanded } = matcher(rows, per);
      for (const r of got) expect(r.diminta, `${base.id} ${r.keterampilan}`).toBe(demanded.has(r.keterampilan as string));
      expect(got.some((r) => r.diminta) && got.some((r) => !r.diminta)).toBe(true);
    }
  });
});

describe('every kemiskinan indicator on the browser tables (ENUM-coded, sorted) and inlined', () => {
  it.each<ViewParams>([
    { periode },
    { periode, kecamatan: '64.74.01' },
    { periode, pilih: { skill: ['k3 umum'], pend: ['SMA', 'SMK'] } },
    { periode, kecamatan: '64.74.02', kelurahan: '64.74.02.1002', pilih: { skill: ['k3 umum'], desil: ['1', '2'] } },
    { periode, pilih: { skill: ['las smaw', 'k3 umum', 'microsoft office'], jk: ['L'] } },
    { periode, kecamatan: '64.74.03', pilih: { skill: ['k3 umum', 'tidak ada keterampilan ini'], desil: ['luar', '3'], kbji: ['7', '?'] } },
    { periode, pilih: { skill: ['tidak ada keterampilan ini'] } },
  ])('gives the same rows under %j', async (p) => {
    const client = { query: db.query.bind(db) } as never;
    for (const def of KEMISKINAN_INDICATORS) {
      const q = await materialisedQuery(client, def as IndicatorDef<ViewParams, unknown>, p);
      const inlined = await queryIndicator(db, def, p);
      expect(await db.query(q.sql, q.params), def.id).toEqual(inlined);
    }
  });
});
