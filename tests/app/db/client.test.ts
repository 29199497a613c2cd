import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbClient, type ConnLike, type DbLike } from '../../../src/app/db/client';
import { AppError } from '../../../src/app/db/types';
import { openWasmDb, type WasmDb } from './wasm-node';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db?.close());

describe('createDbClient over DuckDB-wasm', () => {
  it('binds ? parameters and returns plain values (BIGINT, HUGEINT, DECIMAL, DATE, TIMESTAMP, LIST, STRUCT)', async () => {
    const client = createDbClient(db);
    const rows = await client.query(
      `SELECT ?::VARCHAR AS s, CAST(? AS INTEGER) AS i, count(*) AS big, sum(x) AS huge, 12.345::DECIMAL(10,3) AS dec,
        DATE '2024-02-29' AS d, TIMESTAMP '2025-01-02 03:04:05' AS ts, ['a', 'b'] AS l, {'k': 1::BIGINT} AS st,
        ?::BOOLEAN AS b, ? IS NULL AS n
       FROM (SELECT unnest([1, 2, 3]) AS x)`,
      ['teks', 7, true, null],
    );
    expect(rows).toEqual([
      { s: 'teks', i: 7, big: 3, huge: 6, dec: 12.345, d: '2024-02-29', ts: '2025-01-02T03:04:05.000Z', l: ['a', 'b'], st: { k: 1 }, b: true, n: true },
    ]);
  });

  it('returns ENUM columns (dictionary-coded in Arrow) as their text, as the base tables store them', async () => {
    const client = createDbClient(db);
    await client.query(`CREATE TYPE uji_jenjang AS ENUM ('SD', 'SMA', 'SMK')`);
    await client.query(`CREATE TABLE uji_enum AS SELECT CAST(p AS uji_jenjang) AS p FROM (VALUES ('SMK'), ('SD'), ('SMK')) v(p)`);
    expect(await client.query('SELECT p, count(*) AS n FROM uji_enum WHERE p IN (?, ?) GROUP BY p ORDER BY p', ['SMK', 'S3'])).toEqual([{ p: 'SMK', n: 2 }]);
    expect(await client.query('SELECT p FROM uji_enum ORDER BY p')).toEqual([{ p: 'SD' }, { p: 'SMK' }, { p: 'SMK' }]);
  });

  it('runs parameterless SQL, including empty results', async () => {
    const client = createDbClient(db);
    expect(await client.query('SELECT 42::BIGINT AS x UNION ALL SELECT 43')).toEqual([{ x: 42 }, { x: 43 }]);
    expect(await client.query('SELECT 1 AS x WHERE FALSE')).toEqual([]);
  });

  it('wraps failures in AppError(query-failed) carrying DuckDB text and the SQL', async () => {
    const client = createDbClient(db);
    for (const params of [[], [1]]) {
      const sql = params.length ? 'SELECT * FROM tabel_tidak_ada WHERE x = ?' : 'SELECT * FROM tabel_tidak_ada';
      const e = await client.query(sql, params).then(
        () => null,
        (err: unknown) => err as AppError,
      );
      expect(e).toBeInstanceOf(AppError);
      expect(e!.code).toBe('query-failed');
      expect(e!.sql).toBe(sql);
      expect(e!.detail).toMatch(/tabel_tidak_ada/);
    }
  });
});

describe('cancellation', () => {
  function slowDb(): { db: DbLike; closed: () => number } {
    let closed = 0;
    const empty = { schema: { fields: [] }, numRows: 0, getChildAt: () => null };
    const conn: ConnLike = {
      query: () => new Promise((r) => setTimeout(() => r(empty), 20)),
      prepare: async () => ({
        query: () => new Promise((r) => setTimeout(() => r(empty), 20)),
        close: () => undefined,
      }),
      close: () => {
        closed++;
      },
    };
    return { db: { connect: async () => conn }, closed: () => closed };
  }

  it('an aborted query (with or without parameters) rejects at once with AbortError; the connection stays usable', async () => {
    const fake = slowDb();
    const client = createDbClient(fake.db);
    for (const [sql, params] of [['SELECT lama()', []], ['SELECT ?', [1]]] as const) {
      const ac = new AbortController();
      const p = client.query(sql, params, { signal: ac.signal });
      ac.abort();
      await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    }
    expect(await client.query('SELECT ?', [2])).toEqual([]);
    expect(await client.query('SELECT 1')).toEqual([]);
    expect(fake.closed()).toBe(0);
  });

  it('an already aborted signal never opens a connection', async () => {
    const connect = vi.fn();
    const client = createDbClient({ connect });
    const ac = new AbortController();
    ac.abort();
    await expect(client.query('SELECT 1', [], { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('statement cache', () => {
  function countingDb() {
    const calls = { connect: 0, prepare: 0, run: 0, closeStmt: 0, failNext: false, failWith: 'Catalog Error: stale' };
    const empty = { schema: { fields: [] }, numRows: 0, getChildAt: () => null };
    const conn: ConnLike = {
      query: async () => empty,
      prepare: async (sql: string) => {
        calls.prepare++;
        if (sql.includes('rusak')) throw new Error('Parser Error: rusak');
        return {
          query: async () => {
            calls.run++;
            if (calls.failNext) {
              calls.failNext = false;
              throw new Error(calls.failWith);
            }
            return empty;
          },
          close: () => {
            calls.closeStmt++;
          },
        };
      },
      close: () => undefined,
    };
    return { db: { connect: async () => (calls.connect++, conn) } as DbLike, calls };
  }

  it('opens one connection and prepares each SQL text once, whatever the parameters', async () => {
    const { db: fakeDb, calls } = countingDb();
    const client = createDbClient(fakeDb);
    await Promise.all([client.query('SELECT ?', [1]), client.query('SELECT ?', [2]), client.query('SELECT ? + 1', [3])]);
    await client.query('SELECT ?', [4]);
    expect(calls).toMatchObject({ connect: 1, prepare: 2, run: 4 });
  });

  it('prepares a statement afresh once when running it fails, and reports a statement that cannot be prepared', async () => {
    const { db: fakeDb, calls } = countingDb();
    const client = createDbClient(fakeDb);
    await client.query('SELECT ?', [1]);
    calls.failNext = true;
    expect(await client.query('SELECT ?', [2])).toEqual([]);
    expect(calls).toMatchObject({ prepare: 2, run: 3, closeStmt: 1 });
    await expect(client.query('SELECT rusak ?', [1])).rejects.toMatchObject({ code: 'query-failed', detail: expect.stringMatching(/rusak/) });
    expect(calls.prepare).toBe(3);
  });

  it('does not retry other errors, and runs parameterised DDL once without caching it', async () => {
    const { db: fakeDb, calls } = countingDb();
    const client = createDbClient(fakeDb);
    await client.query('SELECT ?', [1]);
    calls.failNext = true;
    calls.failWith = 'Conversion Error: bukan angka';
    await expect(client.query('SELECT ?', [2])).rejects.toMatchObject({ code: 'query-failed', detail: expect.stringMatching(/Conversion/) });
    expect(calls).toMatchObject({ prepare: 1, run: 2 });
    for (let i = 0; i < 2; i++) await client.query('CREATE TABLE t AS SELECT ?', [i]);
    expect(calls).toMatchObject({ prepare: 3, run: 4 });
    expect(calls.closeStmt).toBe(3);
  });

  it('close() releases every cached statement and the shared connection', async () => {
    let connClosed = 0;
    const { db: fakeDb, calls } = countingDb();
    const client = createDbClient({
      connect: async () => {
        const c = await fakeDb.connect();
        return { ...c, close: () => void connClosed++ };
      },
    });
    await client.query('SELECT ?', [1]);
    await client.query('SELECT ? + 1', [1]);
    await client.close!();
    expect(calls.closeStmt).toBe(2);
    expect(connClosed).toBe(1);
  });

  it('closes the least recently used statements beyond its bound', async () => {
    const { db: fakeDb, calls } = countingDb();
    const client = createDbClient(fakeDb);
    for (let i = 0; i < 100; i++) await client.query(`SELECT ? + ${i}`, [i]);
    await vi.waitFor(() => expect(calls.closeStmt).toBe(4));
    await client.query('SELECT ? + 99', [1]); // still cached
    expect(calls.prepare).toBe(100);
    await client.query('SELECT ? + 0', [1]); // evicted long ago
    expect(calls.prepare).toBe(101);
  });
});
