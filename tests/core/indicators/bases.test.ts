import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { substituteRelations, inlineQuery } from '../../../src/core/indicators/bases';
import { AKTIF } from '../../../src/core/indicators/bases/aktif';
import { selectionWhere } from '../../../src/core/indicators/dimensions';
import { bound, sql } from '../../../src/core/indicators/sql';
import type { IndicatorDef, ViewParams } from '../../../src/core/indicators/types';
import { materialisedQuery } from '../../../src/app/db/materialise';
import { ALL_INDICATORS, pencakerAktifBulanan } from '../../../src/core/indicators';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../support/snapshot-db';

const DEMO = 'data/snapshots/demo';

/** A small indicator on {{aktif}} for these tests: active persons by education, cross-filtered. */
const byEducation: IndicatorDef<ViewParams, { kunci: string; nilai: number }> = {
  id: 'ujiPendidikan',
  label: { id: 'uji', en: 'test' },
  unit: 'orang',
  definition: { id: '', en: '' },
  source: { id: '', en: '' },
  tables: ['pencaker'],
  bases: [AKTIF],
  sql: (p) =>
    bound(sql`SELECT pendidikan AS kunci, CAST(count(*) AS INTEGER) AS nilai FROM {{aktif}} a
      WHERE a.kode_kecamatan LIKE ${(p.kecamatan ?? '') + '%'}
      ${selectionWhere(p.pilih, { supported: ['jk', 'pend', 'skill'], exclude: 'pend', alias: 'a' })}
      GROUP BY 1 ORDER BY 1`),
};

describe('substituteRelations', () => {
  it('splices a relation and its parameters in at the position of its reference', () => {
    const q = substituteRelations(
      { sql: 'SELECT ? AS a FROM {{r}} x WHERE x.v = ? AND y IN (SELECT 1 FROM {{r}})', params: [1, 2] },
      { r: { sql: '(SELECT * FROM t WHERE k = ?)', params: ['k'] } },
    );
    expect(q.sql).toBe('SELECT ? AS a FROM (SELECT * FROM t WHERE k = ?) x WHERE x.v = ? AND y IN (SELECT 1 FROM (SELECT * FROM t WHERE k = ?))');
    expect(q.params).toEqual([1, 'k', 2, 'k']);
  });
  it('refuses an unknown relation and a parameter count mismatch', () => {
    expect(() => substituteRelations({ sql: 'SELECT * FROM {{x}}', params: [] }, {})).toThrow(/tidak dikenal/);
    expect(() => substituteRelations({ sql: 'SELECT ?', params: [] }, {})).toThrow(/parameter/);
  });
});

describe('selectionWhere', () => {
  it('ORs values within a dimension, ANDs dimensions, skips the excluded one and unsupported ones', () => {
    const f = selectionWhere({ pend: ['SMA', 'SMK'], jk: ['P'], kbli: ['C'], skill: ['las', 'k3 umum'] }, { supported: ['jk', 'pend', 'skill'], exclude: 'jk', alias: 'a' });
    expect(f.sql.replace(/\s+/g, ' ').trim()).toBe('AND a.pendidikan IN (?, ?) AND (list_contains(a.keterampilan, ?) OR list_contains(a.keterampilan, ?))');
    expect(f.params).toEqual(['SMA', 'SMK', 'las', 'k3 umum']);
  });
});

describe('the {{aktif}} base relation on the demo snapshot', () => {
  let db: SnapshotDb;
  const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);
  beforeAll(async () => {
    db = await openSnapshotDb(DEMO);
  });
  afterAll(() => db?.close());

  it('holds one row per person active at the period end (same count as pencakerAktifBulanan)', async () => {
    const base = AKTIF.sql({ periode });
    const [{ n, orang }] = await db.query<{ n: number; orang: number }>(
      `SELECT count(*) AS n, count(DISTINCT id_orang) AS orang FROM (${base.sql})`,
      base.params,
    );
    const monthly = await queryIndicator(db, pencakerAktifBulanan, { periode });
    expect(n).toBe(orang);
    expect(n).toBe(monthly.find((r) => r.bulan === periode)!.nilai);
  });

  it('gives the same rows materialised (browser path) as inlined (Node path), with cross-filters', async () => {
    const params: ViewParams = { periode, kecamatan: '64.74.01', pilih: { jk: ['P'], pend: ['SMA'] } };
    const inlined = await queryIndicator(db, byEducation, params);
    const client = { query: db.query.bind(db) } as never;
    const q = await materialisedQuery(client, byEducation as IndicatorDef<ViewParams, unknown>, params);
    expect(q.sql).toContain('base_aktif_' + periode.replace('-', '_'));
    const materialised = await db.query(q.sql, q.params);
    expect(materialised).toEqual(inlined);
    expect(inlined.length).toBeGreaterThan(3);
    // the chart's own dimension (pend) is not filtered: SMK still appears; jk=P is applied
    expect(inlined.map((r) => r.kunci)).toContain('SMK');
    const [{ women }] = await db.query<{ women: number }>(
      `SELECT count(*)::INT AS women FROM (${AKTIF.sql({ periode }).sql}) WHERE jenis_kelamin = 'P' AND kode_kecamatan = '64.74.01'`,
      AKTIF.sql({ periode }).params,
    );
    expect(inlined.reduce((s, r) => s + r.nilai, 0)).toBe(women);
  });

  it('a skill selection keeps exactly the people whose list holds any chosen skill (as list_has_any would)', async () => {
    const base = AKTIF.sql({ periode });
    const [{ a, b }] = await db.query<{ a: string; b: string }>(
      `SELECT (SELECT list(DISTINCT s ORDER BY s)[1] FROM (SELECT unnest(keterampilan) AS s FROM (${base.sql}))) AS a,
              (SELECT list(DISTINCT s ORDER BY s)[2] FROM (SELECT unnest(keterampilan) AS s FROM (${base.sql}))) AS b`,
      [...base.params, ...base.params],
    );
    const where = selectionWhere({ skill: [a, b] }, { supported: ['skill'], alias: 'x' });
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INT AS n FROM (${base.sql}) x WHERE TRUE ${where.sql}`, [...base.params, ...where.params]);
    const [{ m }] = await db.query<{ m: number }>(`SELECT count(*)::INT AS m FROM (${base.sql}) x WHERE list_has_any(x.keterampilan, [?, ?])`, [...base.params, a, b]);
    expect(n).toBe(m);
    expect(n).toBeGreaterThan(0);
  });

  it('every indicator with a base relation gives the same rows on the browser tables (ENUM-coded, sorted) as inlined', async () => {
    const client = { query: db.query.bind(db) } as never;
    const sets: ViewParams[] = [
      { periode },
      { periode, kecamatan: '64.74.01', pilih: { jk: ['P'], pend: ['SMA', 'SMK'], kbji: ['7', '?'], desil: ['1', '2', 'luar'], kbli: ['F'] } },
      { periode, kecamatan: '64.74.02', kelurahan: '64.74.02.1002', pilih: { umur: ['20-24'], durasi: ['0-2', '6-11'], pend: ['TIDAK_ADA_JENJANG'] } },
    ];
    let withBases = 0;
    for (const def of ALL_INDICATORS.filter((d) => d.bases?.length)) {
      withBases++;
      for (const p of sets) {
        const q = await materialisedQuery(client, def, p);
        expect(await db.query(q.sql, q.params), `${def.id} ${JSON.stringify(p)}`).toEqual(await queryIndicator(db, def, p));
      }
    }
    expect(withBases).toBeGreaterThan(20);
    // the stored table really is dictionary-coded: a cross-filter compares ENUM codes
    const table = (await materialisedQuery(client, ALL_INDICATORS.find((d) => d.bases?.includes(AKTIF))!, { periode })).sql.match(/base_aktif_\w+/)![0];
    const [{ t }] = await db.query<{ t: string }>(`SELECT typeof(pendidikan) AS t FROM ${table} LIMIT 1`);
    expect(t).toMatch(/^ENUM\(/);
  });
});
