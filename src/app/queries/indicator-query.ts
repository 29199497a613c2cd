import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BoundQuery, IndicatorDef } from '../../core/indicators/types';
import { baseTableName } from '../../core/indicators/bases';
import { isAbortError } from '../db/client';
import { withMaterialised } from '../db/materialise';
import { AppError, type DbClient } from '../db/types';

/**
 * Run an indicator's SQL. Errors become AppError('query-failed') carrying the SQL; DuckDB's raw
 * message goes to console.error only. An abort rejects with an AbortError, not an AppError.
 */
export async function runIndicator<P, R>(client: DbClient, def: IndicatorDef<P, R>, params: P, signal?: AbortSignal): Promise<R[]> {
  let ran: BoundQuery | undefined;
  try {
    // the base tables stay leased (not dropped) until the query has answered
    return await withMaterialised(client, def as IndicatorDef<P, unknown>, params, (q) => {
      ran = q;
      return client.query<R>(q.sql, q.params, { signal, label: def.id });
    });
  } catch (e) {
    if (isAbortError(e)) throw e;
    if (!ran) {
      console.error(`[indikator ${def.id}] kueri tidak dapat disiapkan (parameter atau relasi dasar)`, params, e);
      throw new AppError('query-failed', `kueri indikator ${def.id} tidak dapat disiapkan`);
    }
    console.error(`[indikator ${def.id}] kueri gagal:`, (e as AppError)?.detail ?? e, '\nSQL:', ran.sql, '\nparameter:', ran.params);
    throw new AppError('query-failed', `indikator ${def.id} gagal dijalankan`, ran.sql);
  }
}

/**
 * What an indicator's answer depends on: its bound SQL text, parameter values and the base tables
 * it reads. Two parameter sets that give the same query share one cache entry, so a chart whose
 * query a click does not change (the clicked chart itself ignores its own dimension; city-level
 * panels ignore every selection) answers from the cache instead of asking DuckDB again.
 * Parameters the SQL builder rejects fall back to the parameters themselves (the query then fails
 * with its own message when it runs).
 */
export function queryIdentity<P>(def: IndicatorDef<P, unknown>, params: P): unknown {
  try {
    const q = def.sql(params);
    return { sql: q.sql, params: q.params, bases: (def.bases ?? []).map((b) => baseTableName(b, params)) };
  } catch {
    return { params };
  }
}

/** Query key of an indicator: exactly what its SQL depends on (see `queryIdentity`). */
export function indicatorKey<P>(def: IndicatorDef<P, unknown>, snapshotVersion: string | undefined, params: P) {
  return ['indicator', def.id, snapshotVersion, queryIdentity(def, params)] as const;
}

/**
 * React-query options for one indicator on one snapshot. Snapshot data never changes under a
 * version, so results stay fresh forever; failures are not retried (SQL errors are deterministic).
 */
export function indicatorQueryOptions<P, R>(
  def: IndicatorDef<P, R>,
  params: P,
  ctx: { client?: DbClient; snapshotVersion?: string },
  opts: { enabled?: boolean } = {},
) {
  const { client, snapshotVersion } = ctx;
  return queryOptions<R[], AppError, R[], ReturnType<typeof indicatorKey<P>>>({
    queryKey: indicatorKey(def as IndicatorDef<P, unknown>, snapshotVersion, params),
    queryFn: ({ signal }) => {
      if (!client) throw new AppError('query-failed', 'snapshot belum dimuat');
      return runIndicator(client, def, params, signal);
    },
    enabled: (opts.enabled ?? true) && !!client && !!snapshotVersion,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
