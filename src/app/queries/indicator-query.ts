import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { Cube } from '../../core/crossfilter/cube';
import { hasSelections } from '../../core/crossfilter/filters';
import type { BoundQuery, CrossfilterForm, CubeDef, IndicatorDef, ViewParams } from '../../core/indicators/types';
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

/** What the query options need: the snapshot's client and version, and the cache (for cubes). */
export interface QueryContext {
  client?: DbClient;
  snapshotVersion?: string;
  queryClient?: QueryClient;
}

/**
 * React-query options for a view's cube of one period (see `IndicatorDef.crossfilter`): its rows
 * read once with SQL and held in memory column by column. Kept 30 minutes after last use.
 */
export function cubeQueryOptions(def: CubeDef, periode: string, ctx: QueryContext) {
  const params = { periode };
  return queryOptions<Cube, AppError>({
    queryKey: ['cube', def.query.id, ctx.snapshotVersion, queryIdentity(def.query, params)],
    queryFn: async ({ signal }) => {
      if (!ctx.client) throw new AppError('query-failed', 'snapshot belum dimuat');
      return Cube.fromRows(await runIndicator(ctx.client, def.query, params, signal), def.columns);
    },
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
    structuralSharing: false,
  });
}

/**
 * A cross-filter answer computed in memory: the indicator's rows without selections (usually
 * already cached: the view showed them before the click) and the period's cubes, combined by
 * `crossfilter.answer`. Tests check that this gives the rows of the SQL.
 */
async function answerInMemory<P, R>(
  def: IndicatorDef<P, R>,
  form: CrossfilterForm<P, R>,
  params: P,
  ctx: QueryContext & { queryClient: QueryClient },
): Promise<R[]> {
  const p = params as unknown as ViewParams;
  const [frame, ...cubes]: [R[], ...Cube[]] = await Promise.all([
    ctx.queryClient.ensureQueryData<R[], AppError, R[], ReturnType<typeof indicatorKey<P>>>(indicatorQueryOptions(def, { ...p, pilih: undefined } as unknown as P, ctx)),
    ...form.cubes.map((cube) => ctx.queryClient.ensureQueryData(cubeQueryOptions(cube, p.periode, ctx))),
  ]);
  return form.answer(frame, cubes, params);
}

/**
 * React-query options for one indicator on one snapshot. Snapshot data never changes under a
 * version, so results stay fresh forever; failures are not retried (SQL errors are deterministic).
 * With selections, an indicator that has a `crossfilter` form is answered in memory from its cube
 * (no DuckDB round trip on a click); should that fail, its SQL runs instead.
 */
export function indicatorQueryOptions<P, R>(def: IndicatorDef<P, R>, params: P, ctx: QueryContext, opts: { enabled?: boolean } = {}) {
  const { client, snapshotVersion, queryClient } = ctx;
  return queryOptions<R[], AppError, R[], ReturnType<typeof indicatorKey<P>>>({
    queryKey: indicatorKey(def as IndicatorDef<P, unknown>, snapshotVersion, params),
    queryFn: async ({ signal }): Promise<R[]> => {
      if (!client) throw new AppError('query-failed', 'snapshot belum dimuat');
      const form = def.crossfilter;
      if (form && queryClient && hasSelections((params as unknown as ViewParams).pilih)) {
        try {
          return await answerInMemory(def, form, params, { ...ctx, queryClient });
        } catch (e) {
          if (isAbortError(e)) throw e;
          console.warn(`[indikator ${def.id}] jawaban dari kubus gagal, SQL dipakai`, e);
        }
      }
      return runIndicator(client, def, params, signal);
    },
    enabled: (opts.enabled ?? true) && !!client && !!snapshotVersion,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
