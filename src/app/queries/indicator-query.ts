import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BoundQuery, IndicatorDef } from '../../core/indicators/types';
import { isAbortError } from '../db/client';
import { materialisedQuery } from '../db/materialise';
import { AppError, type DbClient } from '../db/types';

/**
 * Run an indicator's SQL. Errors become AppError('query-failed') carrying the SQL; DuckDB's raw
 * message goes to console.error only. An abort rejects with an AbortError, not an AppError.
 */
export async function runIndicator<P, R>(client: DbClient, def: IndicatorDef<P, R>, params: P, signal?: AbortSignal): Promise<R[]> {
  let q: BoundQuery;
  try {
    q = await materialisedQuery(client, def as IndicatorDef<P, unknown>, params);
  } catch (e) {
    if (isAbortError(e)) throw e;
    console.error(`[indikator ${def.id}] kueri tidak dapat disiapkan (parameter atau relasi dasar)`, params, e);
    throw new AppError('query-failed', `kueri indikator ${def.id} tidak dapat disiapkan`);
  }
  try {
    return await client.query<R>(q.sql, q.params, { signal });
  } catch (e) {
    if (isAbortError(e)) throw e;
    console.error(`[indikator ${def.id}] kueri gagal:`, (e as AppError)?.detail ?? e, '\nSQL:', q.sql, '\nparameter:', q.params);
    throw new AppError('query-failed', `indikator ${def.id} gagal dijalankan`, q.sql);
  }
}

/** Query key of an indicator: exactly what its SQL depends on. */
export function indicatorKey<P>(id: string, snapshotVersion: string | undefined, params: P) {
  return ['indicator', id, snapshotVersion, params] as const;
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
    queryKey: indicatorKey(def.id, snapshotVersion, params),
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
