import { baseTableName, substituteRelations } from '../../core/indicators/bases';
import type { BaseRelation, BoundQuery, IndicatorDef } from '../../core/indicators/types';
import type { DbClient } from './types';

/**
 * Materialised base relations: the first indicator that needs `{{aktif}}` for a period creates
 * `base_aktif_2026_10_g1` once (g1: the first snapshot loaded on the page); every cross-filter
 * click afterwards scans that small table instead of recomputing "who was active at the end of
 * the month" over every registration (the difference between tens and hundreds of milliseconds at
 * a million registrations). Plain tables, not TEMP, so any connection can read them.
 *
 * Tables are kept least-recently-used first, at most MAX_TABLES (one period needs about fifteen
 * across the four views, so two periods fit), and a table is never dropped while a query that was
 * handed its name is still running (`withMaterialised` holds a lease on it). Only the relations a
 * query's text names are built (an indicator may list alternatives, e.g. a skill-set cube it
 * reads only when skills are selected).
 */
const MAX_TABLES = 32;

/** The relations of `bases` that the SQL text `sql` reads as `{{id}}`. */
function namedIn<P>(sql: string, bases: readonly BaseRelation<P>[] | undefined): BaseRelation<P>[] {
  return (bases ?? []).filter((b) => sql.includes(`{{${b.id}}}`));
}

interface TableEntry {
  ready: Promise<void>;
  storage: BaseRelation<unknown>['storage'];
  /** Queries (or tables being built from it) that may still read the table. */
  leases: number;
}

interface ClientCache {
  /** Suffix of this client's table names: a client is one loaded snapshot, and names must not collide. */
  generation: number;
  /** In least-recently-used order. */
  tables: Map<string, TableEntry>;
}
const caches = new WeakMap<DbClient, ClientCache>();
let generations = 0;
/** The client of the snapshot loaded last: the page holds one snapshot at a time. */
let latest: { client: DbClient; cache: ClientCache } | null = null;

function cacheOf(client: DbClient): ClientCache {
  let c = caches.get(client);
  if (!c) {
    c = { generation: ++generations, tables: new Map() };
    caches.set(client, c);
    // A new snapshot replaced the old one in the same database: free the old one's tables.
    const previous = latest;
    if (previous) {
      for (const [name, entry] of previous.cache.tables) {
        entry.ready.then(() => dropTable(client, name, entry.storage)).catch(() => undefined);
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
    // an ENUM needs at least one value: a column without any (an empty period) stays VARCHAR
    const counts = enums.length
      ? (await client.query<Record<string, number>>(`SELECT ${enums.map((c, i) => `CAST(count(DISTINCT ${ident(c)}) AS INTEGER) AS n${i}`).join(', ')} FROM ${raw}`))[0] ?? {}
      : {};
    const typed = enums.filter((_, i) => Number(counts[`n${i}`] ?? 0) > 0);
    for (const col of typed) {
      // a build that failed after this point earlier leaves its types behind: start clean
      await client.query(`DROP TYPE IF EXISTS ${ident(`${name}__${col}`)}`);
      await client.query(
        `CREATE TYPE ${ident(`${name}__${col}`)} AS ENUM (SELECT DISTINCT ${ident(col)} FROM ${raw} WHERE ${ident(col)} IS NOT NULL ORDER BY 1)`,
      );
    }
    const replace = typed.map((col) => `CAST(${ident(col)} AS ${ident(`${name}__${col}`)}) AS ${ident(col)}`).join(', ');
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

/** Drop least-recently-used tables beyond MAX_TABLES, never one with a lease. */
function evict(client: DbClient, cache: ClientCache): void {
  for (const [name, entry] of cache.tables) {
    if (cache.tables.size <= MAX_TABLES) return;
    if (entry.leases > 0) continue;
    cache.tables.delete(name);
    entry.ready.then(() => dropTable(client, name, entry.storage)).catch(() => undefined);
  }
}

/** The entry of table `name` (created from `q` on first use), leased and marked most recently used. */
function lease(client: DbClient, cache: ClientCache, name: string, q: () => Promise<BoundQuery>, storage: BaseRelation<unknown>['storage']): TableEntry {
  let entry = cache.tables.get(name);
  if (entry) cache.tables.delete(name);
  else {
    const created: TableEntry = { ready: q().then((query) => createTable(client, name, query, storage)), storage, leases: 0 };
    created.ready.catch(() => {
      if (cache.tables.get(name) === created) cache.tables.delete(name);
    });
    entry = created;
  }
  cache.tables.set(name, entry);
  entry.leases++;
  return entry;
}

function release(client: DbClient, cache: ClientCache, entries: TableEntry[]): void {
  for (const e of entries) e.leases--;
  evict(client, cache);
}

/**
 * Lease the table holding `base` for `params` (built on first use, after the relations it reads,
 * which stay leased while it is built). The lease goes into `held`; the caller releases it.
 */
async function leaseBase<P>(client: DbClient, cache: ClientCache, base: BaseRelation<P>, params: P, held: TableEntry[]): Promise<string> {
  const name = `${baseTableName(base, params)}_g${cache.generation}`;
  const inner: TableEntry[] = [];
  const query = async () => {
    let q = base.sql(params);
    const named = namedIn(q.sql, base.bases);
    if (named.length) {
      const relations: Record<string, BoundQuery> = {};
      for (const b of named) relations[b.id] = { sql: await leaseBase(client, cache, b, params, inner), params: [] };
      q = substituteRelations(q, relations);
    }
    return q;
  };
  const entry = lease(client, cache, name, query, base.storage as BaseRelation<unknown>['storage']);
  held.push(entry);
  try {
    await entry.ready;
  } finally {
    release(client, cache, inner);
  }
  return name;
}

/**
 * Run `run` with the indicator's query, its base relations materialised as tables on this client;
 * those tables are not dropped before `run` settles.
 */
export async function withMaterialised<P, T>(
  client: DbClient,
  def: IndicatorDef<P, unknown>,
  params: P,
  run: (q: BoundQuery) => Promise<T>,
): Promise<T> {
  const q = def.sql(params);
  const named = namedIn(q.sql, def.bases);
  if (!named.length) return run(q);
  const cache = cacheOf(client);
  const held: TableEntry[] = [];
  try {
    const relations: Record<string, BoundQuery> = {};
    for (const base of named) relations[base.id] = { sql: await leaseBase(client, cache, base, params, held), params: [] };
    return await run(substituteRelations(q, relations));
  } finally {
    release(client, cache, held);
  }
}

/** The indicator's query with its base relations materialised (for tests; the app uses `withMaterialised`). */
export function materialisedQuery<P>(client: DbClient, def: IndicatorDef<P, unknown>, params: P): Promise<BoundQuery> {
  return withMaterialised(client, def, params, async (q) => q);
}
