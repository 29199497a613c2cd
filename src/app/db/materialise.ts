import { baseTableName, substituteRelations } from '../../core/indicators/bases';
import type { BoundQuery, IndicatorDef } from '../../core/indicators/types';
import type { DbClient } from './types';

/**
 * Materialised base relations: the first indicator that needs `{{aktif}}` for a period creates
 * `base_aktif_2026_10` once; every cross-filter click afterwards scans that small table instead of
 * recomputing "who was active at the end of the month" over every registration (the difference
 * between tens and hundreds of milliseconds at a million registrations). Plain tables, not TEMP:
 * the client opens one connection per query and TEMP tables live in a single connection.
 */
const MAX_TABLES = 6;

interface ClientCache {
  tables: Map<string, Promise<void>>;
}
const caches = new WeakMap<DbClient, ClientCache>();

function cacheOf(client: DbClient): ClientCache {
  let c = caches.get(client);
  if (!c) {
    c = { tables: new Map() };
    caches.set(client, c);
  }
  return c;
}

async function ensureTable(client: DbClient, name: string, q: BoundQuery): Promise<void> {
  const cache = cacheOf(client);
  let pending = cache.tables.get(name);
  if (!pending) {
    pending = client.query(`CREATE TABLE IF NOT EXISTS ${name} AS ${q.sql}`, q.params).then(() => undefined);
    cache.tables.set(name, pending);
    pending.catch(() => cache.tables.delete(name));
    if (cache.tables.size > MAX_TABLES) {
      // drop the oldest period's table; a view only ever needs the current one
      const [oldest] = cache.tables.keys();
      const old = cache.tables.get(oldest)!;
      cache.tables.delete(oldest);
      old.then(() => client.query(`DROP TABLE IF EXISTS ${oldest}`)).catch(() => undefined);
    }
  }
  await pending;
}

/** The indicator's query with its base relations materialised as tables on this client. */
export async function materialisedQuery<P>(client: DbClient, def: IndicatorDef<P, unknown>, params: P): Promise<BoundQuery> {
  const q = def.sql(params);
  if (!def.bases?.length) return q;
  const relations: Record<string, BoundQuery> = {};
  for (const base of def.bases) {
    const name = baseTableName(base, params);
    await ensureTable(client, name, base.sql(params));
    relations[base.id] = { sql: name, params: [] };
  }
  return substituteRelations(q, relations);
}
