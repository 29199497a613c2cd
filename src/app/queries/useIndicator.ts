import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { IndicatorDef } from '../../core/indicators/types';
import { useSnapshot } from '../db/SnapshotProvider';
import type { AppError } from '../db/types';
import { indicatorQueryOptions } from './indicator-query';

/**
 * Rows of one indicator for `params` on the loaded snapshot. Keeps the previous rows while new
 * parameters load (no blank charts), cancels superseded queries, and waits (pending, not fetching)
 * until a snapshot is ready. Needs a QueryClientProvider above it.
 */
export function useIndicator<P, R>(def: IndicatorDef<P, R>, params: P, opts?: { enabled?: boolean }): UseQueryResult<R[], AppError> {
  const { client, snapshot } = useSnapshot();
  return useQuery(indicatorQueryOptions(def, params, { client, snapshotVersion: snapshot?.version }, opts));
}
