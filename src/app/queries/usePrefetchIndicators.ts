import { useEffect } from 'react';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import type { IndicatorDef } from '../../core/indicators/types';
import { useSnapshot } from '../db/SnapshotProvider';
import { indicatorQueryOptions } from './indicator-query';

/** One indicator with the parameters of a state the user is likely to go to next. */
export interface PrefetchItem {
  def: IndicatorDef<never, unknown>;
  params: unknown;
}

/** Fetching queries that something on screen is waiting for (background prefetches left out). */
export function useIsFetchingOnScreen(): number {
  return useIsFetching({ predicate: (q) => q.getObserversCount() > 0 });
}

/**
 * Answer the likely next states in the background (e.g. every kecamatan a drill-down can reach),
 * so that click is served from the cache. Starts only when nothing on screen is loading, and
 * asks DuckDB one query at a time, stopping as soon as the screen needs DuckDB again (its
 * queries would otherwise wait behind the prefetches in the worker's queue). Prefetched answers
 * have no observer, so they do not mark the page busy.
 */
export function usePrefetchIndicators(items: readonly PrefetchItem[]): void {
  const { client, snapshot } = useSnapshot();
  const queryClient = useQueryClient();
  const busy = useIsFetchingOnScreen() > 0;
  const version = snapshot?.version;
  useEffect(() => {
    if (busy || !client || !version || items.length === 0) return;
    let stopped = false;
    const ctx = { client, snapshotVersion: version, queryClient };
    const run = async () => {
      for (const item of items) {
        if (stopped) return;
        const options = indicatorQueryOptions(item.def as IndicatorDef<unknown, unknown>, item.params, ctx);
        if (queryClient.getQueryData(options.queryKey) !== undefined) continue;
        await queryClient.prefetchQuery(options);
      }
    };
    // after the browser has painted what the user is looking at
    const timer = setTimeout(() => void run(), 50);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [busy, client, version, queryClient, items]);
}
