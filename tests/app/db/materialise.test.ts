import { describe, expect, it } from 'vitest';
import { materialisedQuery, withMaterialised } from '../../../src/app/db/materialise';
import type { DbClient } from '../../../src/app/db/types';
import type { BaseRelation, IndicatorDef } from '../../../src/core/indicators/types';

/**
 * The browser's cache of base tables, on a fake database that knows which tables exist: a query
 * reading a table that was dropped fails, as DuckDB would.
 */
function fakeDb(opts: { distinct?: number } = {}) {
  const tables = new Set<string>();
  const log: string[] = [];
  const client: DbClient = {
    async query(sql: string) {
      log.push(sql);
      // the number of distinct values of each ENUM candidate column
      if (/count\(DISTINCT/.test(sql)) return [{ n0: opts.distinct ?? 2 }] as never[];
      const create = /^CREATE (?:OR REPLACE )?TABLE (\w+)/.exec(sql);
      if (create) {
        for (const t of sql.slice(create[0].length).match(/(?<!")\bbase_\w+/g) ?? []) if (!tables.has(t)) throw new Error(`Catalog Error: ${t}`);
        tables.add(create[1]);
        return [];
      }
      const drop = /^DROP TABLE IF EXISTS (\w+)/.exec(sql);
      if (drop) {
        tables.delete(drop[1]);
        return [];
      }
      if (/^(CREATE|DROP) TYPE/.test(sql)) return [];
      for (const t of sql.match(/(?<!")\bbase_\w+/g) ?? []) if (!tables.has(t)) throw new Error(`Catalog Error: Table ${t} does not exist`);
      return [];
    },
  };
  return { client, tables, log };
}

const base = (id: string, bases?: BaseRelation<{ periode: string }>[]): BaseRelation<{ periode: string }> => ({
  id,
  description: { id, en: id },
  key: (p) => p.periode,
  bases,
  storage: { lowCardinality: ['x'] },
  sql: () => ({ sql: bases?.length ? `SELECT x FROM {{${bases[0].id}}}` : `SELECT 'a' AS x`, params: [] }),
});

const indicator = (b: BaseRelation<{ periode: string }>): IndicatorDef<{ periode: string }, unknown> =>
  ({ id: `uji_${b.id}`, bases: [b], sql: () => ({ sql: `SELECT count(*) FROM {{${b.id}}}`, params: [] }) }) as unknown as IndicatorDef<
    { periode: string },
    unknown
  >;

describe('materialised base tables', () => {
  it('keeps a column without any value as text (an ENUM needs at least one value)', async () => {
    const { client, log } = fakeDb({ distinct: 0 });
    await materialisedQuery(client, indicator(base('kosong')), { periode: '2022-12' });
    expect(log.some((s) => /CREATE TYPE/.test(s))).toBe(false);
    expect(log.find((s) => /^CREATE TABLE base_kosong/.test(s))).not.toMatch(/CAST/);
    const { client: c2, log: l2 } = fakeDb({ distinct: 3 });
    await materialisedQuery(c2, indicator(base('isi')), { periode: '2026-09' });
    expect(l2.some((s) => /CREATE TYPE/.test(s))).toBe(true);
  });

  it('builds only the relations the query text names', async () => {
    const { client, tables } = fakeDb();
    const used = base('dipakai');
    const unused = base('cadangan');
    const def = { id: 'uji_pilih', bases: [used, unused], sql: () => ({ sql: 'SELECT count(*) FROM {{dipakai}}', params: [] }) } as unknown as IndicatorDef<
      { periode: string },
      unknown
    >;
    await materialisedQuery(client, def, { periode: '2026-09' });
    expect([...tables].some((t) => t.startsWith('base_dipakai'))).toBe(true);
    expect([...tables].some((t) => t.startsWith('base_cadangan'))).toBe(false);
  });

  it('never drops a table a running query was handed, however many tables are built meanwhile', async () => {
    const { client, tables } = fakeDb();
    const first = base('satu');
    let release!: () => void;
    const running = withMaterialised(client, indicator(first), { periode: '2026-10' }, async (q) => {
      await new Promise<void>((r) => (release = r));
      return client.query(q.sql); // reads its table only now
    });
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 40; i++) await materialisedQuery(client, indicator(base(`lain${i}`)), { periode: '2026-10' });
    expect([...tables].some((t) => t.startsWith('base_satu_'))).toBe(true);
    release();
    await expect(running).resolves.toEqual([]);
    // once released, it is the least recently used and goes at the next build
    await materialisedQuery(client, indicator(base('lagi')), { periode: '2026-10' });
    await new Promise((r) => setTimeout(r, 0));
    expect([...tables].some((t) => t.startsWith('base_satu_'))).toBe(false);
    expect(tables.size).toBeLessThanOrEqual(32);
  });

  it('keeps a table in use by clicks: a hit makes it the most recently used', async () => {
    const { client, log } = fakeDb();
    const aktif = base('aktif');
    const p = { periode: '2026-10' };
    await materialisedQuery(client, indicator(aktif), p);
    for (let i = 0; i < 30; i++) {
      await materialisedQuery(client, indicator(base(`lain${i}`)), p);
      await materialisedQuery(client, indicator(aktif), p); // every other query reads aktif
    }
    expect(log.filter((q) => /^CREATE (OR REPLACE )?TABLE base_aktif_2026_10_g\d+ /.test(q))).toHaveLength(1);
  });

  it('builds a relation that reads another one after it, keeping the inner one while it is built', async () => {
    const { client, tables } = fakeDb();
    const inner = base('dalam');
    const outer = base('luar', [inner]);
    const q = await materialisedQuery(client, indicator(outer), { periode: '2026-10' });
    expect(q.sql).toMatch(/FROM base_luar_2026_10_g\d+$/);
    expect([...tables].filter((t) => !t.endsWith('__mentah')).map((t) => t.replace(/_g\d+$/, '')).sort()).toEqual([
      'base_dalam_2026_10',
      'base_luar_2026_10',
    ]);
  });

  it('recovers from a build that failed half-way: the next use builds the table again', async () => {
    const { client } = fakeDb();
    let fail = true;
    const flaky: DbClient = {
      query: (sql, params) => {
        if (fail && /^CREATE TABLE base_rapuh/.test(sql)) {
          fail = false;
          return Promise.reject(new Error('Out of Memory Error'));
        }
        return client.query(sql, params);
      },
    };
    const def = indicator(base('rapuh'));
    await expect(materialisedQuery(flaky, def, { periode: '2026-10' })).rejects.toThrow(/Out of Memory/);
    await expect(materialisedQuery(flaky, def, { periode: '2026-10' })).resolves.toMatchObject({ sql: expect.stringMatching(/base_rapuh_/) });
  });
});
