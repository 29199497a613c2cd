import { useEffect, useMemo } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { pratinjauRows } from '../../core/indicators/pratinjau';
import type { IndicatorDef, ViewParams } from '../../core/indicators/types';
import { useSnapshot } from '../db/SnapshotProvider';
import type { AppError } from '../db/types';
import { cubeQueryOptions, indicatorQueryOptions, type QueryContext } from './indicator-query';

/**
 * Rows of one indicator for `params` on the loaded snapshot. Keeps the previous rows while new
 * parameters load (no blank charts), cancels superseded queries, and waits (pending, not fetching)
 * until a snapshot is ready. Needs a QueryClientProvider above it.
 *
 * When the snapshot's overview preview (`snapshot.pratinjau`) holds an entry with this indicator
 * id and exactly these parameters, its rows are the query's initial data: they are shown at once,
 * even before DuckDB has started, and never recomputed (the pipeline wrote what the same SQL
 * returns on the same tables). Until DuckDB runs, any other parameters show the loading state
 * rather than another period's numbers.
 */
export function useIndicator<P, R>(def: IndicatorDef<P, R>, params: P, opts?: { enabled?: boolean }): UseQueryResult<R[], AppError> {
  const { client, snapshot } = useSnapshot();
  const queryClient = useQueryClient();
  const pratinjau = snapshot?.pratinjau;
  const initial = useMemo(() => pratinjauRows(pratinjau, def.id, params) as R[] | undefined, [pratinjau, def.id, params]);
  const options = indicatorQueryOptions(def, params, { client, snapshotVersion: snapshot?.version, queryClient }, opts);
  const result = useQuery({
    ...options,
    ...(initial ? { initialData: initial } : {}),
    ...(client ? {} : { placeholderData: undefined }),
  });
  usePrefetchCube(def, params, { client, snapshotVersion: snapshot?.version, queryClient }, result.isSuccess);
  return result;
}

/**
 * Once an indicator that cross-filters in memory has its first answer, read its cube in the
 * background (once per period, shared by the view's charts), so the first click is answered from
 * memory too instead of waiting for the cube.
 */
function usePrefetchCube<P, R>(def: IndicatorDef<P, R>, params: P, ctx: QueryContext, ready: boolean): void {
  const cubes = def.crossfilter?.cubes;
  const periode = (params as unknown as Partial<ViewParams>)?.periode;
  const { client, snapshotVersion, queryClient } = ctx;
  useEffect(() => {
    if (!cubes || !ready || !periode || !client || !snapshotVersion || !queryClient) return;
    for (const cube of cubes) {
      queryClient.prefetchQuery(cubeQueryOptions(cube, periode, { client, snapshotVersion, queryClient })).catch(() => {
        // a failed cube only means clicks keep using SQL (indicatorQueryOptions falls back)
      });
    }
  }, [cubes, ready, periode, client, snapshotVersion, queryClient]);
}
