import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kemiskinanBivariat } from '../../../../src/core/indicators/kemiskinan';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { activePeople, DEMO, loadRows, paramSets, passes, type RawRows } from './reference';

const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);

let db: SnapshotDb;
let rows: RawRows;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  rows = await loadRows(db);
});
afterAll(() => db?.close());

describe('kemiskinanBivariat against plain TypeScript over the raw rows', () => {
  it.each(paramSets(periode).map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanBivariat, p);
    // the map always shows the whole city
    expect(got.map((r) => r.kode_kelurahan)).toEqual(rows.wilayah.map((w) => w.kode_kelurahan));
    const people = activePeople(rows, p.periode).filter((x) => passes(x, p));
    expect(got.reduce((s, r) => s + r.pencaker, 0)).toBe(people.length);
    for (const r of got) {
      const n = people.filter((x) => x.kel === r.kode_kelurahan).length;
      const dt = rows.dtsen.filter((d) => d.kode_kelurahan === r.kode_kelurahan);
      const jiwa = dt.reduce((s, d) => s + d.jumlah_jiwa, 0);
      const miskin = dt.filter((d) => d.desil !== null && d.desil <= 4).reduce((s, d) => s + d.jumlah_jiwa, 0);
      expect(r.pencaker, r.kode_kelurahan).toBe(n);
      expect(r.pencaker_kota).toBe(people.length);
      expect(r.dtsen_jiwa, r.kode_kelurahan).toBe(jiwa);
      expect(r.dtsen_miskin, r.kode_kelurahan).toBe(miskin);
      expect(jiwa).toBeGreaterThan(0);
      if (people.length === 0) expect(r.x).toBeNull();
      else expect(r.x).toBeCloseTo((100 * n) / people.length, 9);
      expect(r.per_seribu_dtsen).toBeCloseTo((1000 * n) / jiwa, 9);
      expect(r.y).toBeCloseTo((100 * miskin) / jiwa, 9);
    }
  });

  it('y does not move with selections (it comes from DTSEN), x does; the x shares add up to 100%', async () => {
    const all = await queryIndicator(db, kemiskinanBivariat, { periode });
    const poor = await queryIndicator(db, kemiskinanBivariat, { periode, pilih: { desil: ['1', '2', '3', '4'] } });
    expect(poor.map((r) => r.y)).toEqual(all.map((r) => r.y));
    expect(poor.map((r) => r.x)).not.toEqual(all.map((r) => r.x));
    for (const rows of [all, poor]) expect(rows.reduce((s, r) => s + r.x!, 0)).toBeCloseTo(100, 9);
  });
});
