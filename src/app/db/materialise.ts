import { baseTableName, substituteRelations } from '../../core/indicators/bases';
import type { BaseRelation, BoundQuery, IndicatorDef } from '../../core/indicators/types';
import type { DbClient } from './types';

/**
 * Materialised base relations: the first indicator that needs `{{aktif}}` for a period creates
 * `base_aktif_2026_10_g1` once (g1: the first snapshot loaded on the page); every cross-filter click afterwards scans that small table instead of
 * recomputing "who was active at the end of the month" over every registration (the difference
 * between tens and hundreds of milliseconds at a million registrations). Plain tables, not TEMP:
 * parameterless queries run on connections of their own, and TEMP tables live in a single connection.
 */
const MAX_TABLES = 6;

interface ClientCache {
  /** Suffix of this client's table names: a client is one loaded snapshot, and names must not collide. */
  generation: number;
  tables: Map<string, Promise<void>>;
  storage: Map<string, BaseRelation<unknown>['storage']>;
}
const caches = new WeakMap<DbClient, ClientCache>();
let generations = 0;
/** The client of the snapshot loaded last: the page holds one snapshot at a time. */
let latest: { client: DbClient; cache: ClientCache } | null = null;

function cacheOf(client: DbClient): ClientCache {
  let c = caches.get(client);
  if (!c) {
    c = { generation: ++generations, tables: new Map(), storage: new Map() };
    caches.set(client, c);
    // A new snapshot replaced the old one in the same database: free the old one's tables.
    const previous = latest;
    if (previous) {
      for (const [name, pending] of previous.cache.tables) {
        const storage = previous.cache.storage.get(name);
        pending.then(() => dropTable(client, name, storage)).catch(() => undefined);
      }
      previous.cache.tables.clear();
    }
    latest = { client, cache: c };
  }
  return c;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Create table `name` holding the relation `q`. With storage hints, the listed VARCHAR columns
 * become ENUMs (one type per table and column, values in text order so ORDER BY is unchanged)
 * and rows are ordered by `sortBy`, so the filters and GROUP BYs of every later click compare
 * small integers and skip row groups; at a million registrations this halves a typical query.
 */
async function createTable(client: DbClient, name: string, q: BoundQuery, storage: BaseRelation<unknown>['storage']): Promise<void> {
  const enums = storage?.lowCardinality ?? [];
  const sortBy = storage?.sortBy ?? [];
  if (!enums.length && !sortBy.length) {
    await client.query(`CREATE TABLE ${name} AS ${q.sql}`, q.params);
    return;
  }
  const raw = `${name}__mentah`;
  await client.query(`CREATE OR REPLACE TABLE ${raw} AS ${q.sql}`, q.params);
  try {
    for (const col of enums) {
      await client.query(
        `CREATE TYPE ${ident(`${name}__${col}`)} AS ENUM (SELECT DISTINCT ${ident(col)} FROM ${raw} WHERE ${ident(col)} IS NOT NULL ORDER BY 1)`,
      );
    }
    const replace = enums.map((col) => `CAST(${ident(col)} AS ${ident(`${name}__${col}`)}) AS ${ident(col)}`).join(', ');
    await client.query(
      `CREATE TABLE ${name} AS SELECT * ${replace ? `REPLACE (${replace})` : ''} FROM ${raw}` +
        (sortBy.length ? ` ORDER BY ${sortBy.map(ident).join(', ')}` : ''),
    );
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${raw}`).catch(() => undefined);
  }
}

/** Drop a materialised table and the ENUM types made for it. */
async function dropTable(client: DbClient, name: string, storage: BaseRelation<unknown>['storage']): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${name}`);
  for (const col of storage?.lowCardinality ?? []) await client.query(`DROP TYPE IF EXISTS ${ident(`${name}__${col}`)}`);
}

async function ensureTable(client: DbClient, name: string, q: BoundQuery, storage: BaseRelation<unknown>['storage']): Promise<void> {
  const cache = cacheOf(client);
  let pending = cache.tables.get(name);
  if (!pending) {
    pending = createTable(client, name, q, storage);
    cache.tables.set(name, pending);
    cache.storage.set(name, storage);
    pending.catch(() => cache.tables.delete(name));
    if (cache.tables.size > MAX_TABLES) {
      // drop the oldest period's table; a view only ever needs the current one
      const [oldest] = cache.tables.keys();
      const old = cache.tables.get(oldest)!;
      const oldStorage = cache.storage.get(oldest);
      cache.tables.delete(oldest);
      cache.storage.delete(oldest);
      old.then(() => dropTable(client, oldest, oldStorage)).catch(() => undefined);
    }
  }
  await pending;
}

/** The table holding `base` for `params` on this client, built (after the relations it reads) on first use. */
async function baseTable<P>(client: DbClient, base: BaseRelation<P>, params: P, generation: number): Promise<string> {
  const name = `${baseTableName(base, params)}_g${generation}`;
  let q = base.sql(params);
  if (base.bases?.length) {
    const relations: Record<string, BoundQuery> = {};
    for (const inner of base.bases) relations[inner.id] = { sql: await baseTable(client, inner, params, generation), params: [] };
    q = substituteRelations(q, relations);
  }
  await ensureTable(client, name, q, base.storage);
  return name;
}

/** The indicator's query with its base relations materialised as tables on this client. */
export async function materialisedQuery<P>(client: DbClient, def: IndicatorDef<P, unknown>, params: P): Promise<BoundQuery> {
  const q = def.sql(params);
  if (!def.bases?.length) return q;
  const { generation } = cacheOf(client);
  const relations: Record<string, BoundQuery> = {};
  for (const base of def.bases) relations[base.id] = { sql: await baseTable(client, base, params, generation), params: [] };
  return substituteRelations(q, relations);
}
