import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { materialisedQuery } from '../../../../src/app/db/materialise';
import { AKTIF } from '../../../../src/core/indicators/bases/aktif';
import { KESENJANGAN_INDICATORS, type KesenjanganParams } from '../../../../src/core/indicators/kesenjangan';
import {
  KESENJANGAN_KETERAMPILAN_SET,
  KESENJANGAN_PENCAKER,
  KESENJANGAN_PENCAKER_KETERAMPILAN,
} from '../../../../src/core/indicators/kesenjangan/bases-pencaker';
import { KESENJANGAN_LOWONGAN_KETERAMPILAN } from '../../../../src/core/indicators/kesenjangan/bases-lowongan';
import { inlineQuery } from '../../../../src/core/indicators/bases';
import type { BaseRelation, IndicatorDef } from '../../../../src/core/indicators/types';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';

/**
 * The kesenjangan base relations (job-seeker cubes, skill-set dictionary, vacancies, companies)
 * on the demo snapshot: every indicator gives the same rows on the browser's tables (ENUM-coded,
 * sorted) as inlined, under selections that take each path (no skill, one or several skills,
 * skills with other dimensions and an area); and the cubes count the same people as `{{aktif}}`.
 * (The indicators' numbers themselves are checked against plain TypeScript in kesenjangan.test.ts.)
 */
const DEMO = 'data/snapshots/demo';
const last = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7) as string;

let db: SnapshotDb;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
}, 60_000);
afterAll(() => db?.close());

/** Rows of a base relation, inlined (Node path). */
async function baseRows<T>(base: BaseRelation<KesenjanganParams>, p: KesenjanganParams, select: string, rest = ''): Promise<T[]> {
  const def = { id: 'uji', bases: [base], sql: () => ({ sql: `SELECT ${select} FROM {{${base.id}}} b ${rest}`, params: [] }) };
  const q = inlineQuery(def as unknown as IndicatorDef<KesenjanganParams, unknown>, p);
  return db.query<T>(q.sql, q.params);
}

describe('kesenjangan base relations', () => {
  it('every indicator gives the same rows on the materialised tables as inlined, on every selection path', async () => {
    const client = { query: db.query.bind(db) } as never;
    const sets: KesenjanganParams[] = [
      { periode: last },
      { periode: last, pilih: { skill: ['k3 umum'] } },
      { periode: last, pilih: { skill: ['k3 umum', 'las smaw', 'microsoft office'] }, permintaan: 'dibuka12' },
      { periode: last, kecamatan: '64.74.01', pilih: { skill: ['k3 umum'], kbji: ['7', '?'], pend: ['SMK', 'tanpa'] } },
      { periode: '2025-06', kecamatan: '64.74.02', kelurahan: '64.74.02.1002', pilih: { pend: ['SMA'], kbli: ['C', 'tanpa'] } },
      { periode: '2024-02', pilih: { skill: ['las'] } },
    ];
    let compared = 0;
    for (const def of KESENJANGAN_INDICATORS) {
      for (const p of sets) {
        const q = await materialisedQuery(client, def, p);
        expect(q.sql).not.toMatch(/\{\{/);
        const rows = await db.query(q.sql, q.params);
        expect(rows, `${def.id} ${JSON.stringify(p)}`).toEqual(await queryIndicator(db, def, p));
        compared++;
      }
    }
    expect(compared).toBe(KESENJANGAN_INDICATORS.length * sets.length);
  }, 120_000);

  it('the job-seeker cubes hold every active person once, with their education, group, code and kelurahan', async () => {
    const p = { periode: last };
    const a = AKTIF.sql(p);
    const [want] = await db.query<{ n: number }>(`SELECT count(*)::INT AS n FROM (${a.sql})`, a.params);
    const [cube] = await baseRows<{ n: number; rows: number }>(KESENJANGAN_PENCAKER, p, 'sum(n)::INT AS n, count(*)::INT AS rows');
    const [sets] = await baseRows<{ n: number; rows: number }>(KESENJANGAN_PENCAKER_KETERAMPILAN, p, 'sum(n)::INT AS n, count(*)::INT AS rows');
    expect(want.n).toBeGreaterThan(1000);
    expect(cube.n).toBe(want.n);
    expect(sets.n).toBe(want.n);
    // a pre-aggregate: far fewer rows than people
    expect(cube.rows).toBeLessThan(want.n / 5);
    expect(sets.rows).toBeGreaterThan(cube.rows);
    const byGroup = await baseRows<{ g: string; n: number }>(KESENJANGAN_PENCAKER, p, 'kbji_golongan AS g, sum(n)::INT AS n', 'GROUP BY 1 ORDER BY 1');
    const direct = await db.query<{ g: string; n: number }>(`SELECT kbji_golongan AS g, count(*)::INT AS n FROM (${a.sql}) GROUP BY 1 ORDER BY 1`, a.params);
    expect(byGroup).toEqual(direct);
  });

  it('the skill-set dictionary gives lists with the same skills one id, and other lists other ids', async () => {
    const rows = await baseRows<{ keterampilan: string[] | null; set_id: number }>(KESENJANGAN_KETERAMPILAN_SET, { periode: last }, 'keterampilan, set_id');
    const key = (l: string[] | null) => (l === null ? 'NULL' : JSON.stringify([...new Set(l.filter((x) => x !== null))].sort()));
    const idOf = new Map<string, number>();
    const keyOf = new Map<number, string>();
    for (const r of rows) {
      const k = key(r.keterampilan);
      if (idOf.has(k)) expect(r.set_id, k).toBe(idOf.get(k));
      idOf.set(k, r.set_id);
      if (keyOf.has(r.set_id)) expect(k).toBe(keyOf.get(r.set_id));
      keyOf.set(r.set_id, k);
    }
    expect(new Set(rows.map((r) => JSON.stringify(r.keterampilan))).size).toBe(rows.length);
    expect(idOf.size).toBeGreaterThan(10);
  });

  it('a skill selection counts the people listing any chosen skill once, as list_contains on each person would', async () => {
    const p: KesenjanganParams = { periode: last, pilih: { skill: ['k3 umum', 'las smaw'] } };
    const ringkasan = KESENJANGAN_INDICATORS.find((d) => d.id === 'kesenjanganRingkasan')!;
    const [r] = (await queryIndicator(db, ringkasan, p)) as Array<{ pencaker: number }>;
    const a = AKTIF.sql(p);
    const [want] = await db.query<{ n: number }>(
      `SELECT count(*)::INT AS n FROM (${a.sql}) WHERE list_contains(keterampilan, 'k3 umum') OR list_contains(keterampilan, 'las smaw')`,
      a.params,
    );
    expect(want.n).toBeGreaterThan(0);
    expect(r.pencaker).toBe(want.n);
  });

  it('vacancy skills: positions per skill add up to the positions of vacancies asking for it', async () => {
    const p = { periode: last };
    const rows = await baseRows<{ posisi: number }>(KESENJANGAN_LOWONGAN_KETERAMPILAN, p, "sum(posisi)::INT AS posisi", "WHERE keterampilan = 'k3 umum'");
    const [want] = await db.query<{ posisi: number }>(
      `SELECT sum(jumlah)::INT AS posisi FROM lowongan
       WHERE list_contains(keterampilan, 'k3 umum') AND tanggal_buka <= DATE '${last}-01' + INTERVAL 1 MONTH - INTERVAL 1 DAY
         AND (tanggal_tutup IS NULL OR tanggal_tutup > DATE '${last}-01' + INTERVAL 1 MONTH - INTERVAL 1 DAY)`,
    );
    expect(want.posisi).toBeGreaterThan(0);
    expect(rows[0].posisi).toBe(want.posisi);
  });
});
