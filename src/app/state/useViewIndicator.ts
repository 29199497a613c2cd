import { useEffect, useRef } from 'react';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Cube } from '../../core/crossfilter/cube';
import { hasSelections } from '../../core/crossfilter/filters';
import type { IndicatorDef, ViewParams } from '../../core/indicators/types';
import { useSnapshot } from '../db/SnapshotProvider';
import type { AppError } from '../db/types';
import { cubeQueryOptions, indicatorKey, type QueryContext } from '../queries/indicator-query';
import { useIndicator } from '../queries/useIndicator';
import type { ParamsSource, Prefill, ViewState } from './useViewParams';

/**
 * Put the cross-filter answer of `def` for `params` into the cache when it can be computed at once:
 * the indicator answers selections in memory, the answer is not cached yet, and its rows without
 * selections and its cubes are (the same inputs and `answer` as the query function's in-memory
 * path, so the rows are the same). Returns whether it did. Anything missing, or an answer that
 * fails (warned, like the query function's own fallback): nothing is cached and the query answers
 * as usual when the chart asks.
 */
export function prefillCrossfilter<R>(def: IndicatorDef<ViewParams, R>, params: ViewParams, ctx: QueryContext): boolean {
  const form = def.crossfilter;
  const { queryClient, snapshotVersion, client } = ctx;
  if (!form || !queryClient || !client || !snapshotVersion || !hasSelections(params.pilih)) return false;
  const key = indicatorKey(def as IndicatorDef<ViewParams, unknown>, snapshotVersion, params);
  if (queryClient.getQueryState(key)?.data !== undefined) return false;
  const frame = queryClient.getQueryData<R[]>(indicatorKey(def as IndicatorDef<ViewParams, unknown>, snapshotVersion, { ...params, pilih: undefined }));
  if (!frame) return false;
  const cubes: Cube[] = [];
  for (const cube of form.cubes) {
    const c = queryClient.getQueryData<Cube>(cubeQueryOptions(cube, params.periode, ctx).queryKey);
    if (!c) return false;
    cubes.push(c);
  }
  let rows: R[];
  try {
    rows = form.answer(frame, cubes, params);
  } catch (e) {
    // the query function tries the same answer again and falls back to SQL, warning as well
    console.warn(`[indikator ${def.id}] jawaban dari kubus gagal (sebelum URL berubah)`, e);
    return false;
  }
  queryClient.setQueryData(key, rows);
  return true;
}

/**
 * `useIndicator` for a chart of an analysis view, with its parameters derived from the view by
 * `paramsOf` (e.g. `(v) => v.paramsFor('pend')`):
 * - the parameters keep their identity while they are equal, so memos keyed on them hold;
 * - on a click the view computes this chart's answer for the next URL before writing it (see
 *   `ViewState.prefills`), when that needs memory only. The page then renders the click once, with
 *   the new numbers, instead of once with the old numbers and again when the answers arrive.
 */
export function useViewIndicator<R>(
  view: ParamsSource & Pick<ViewState, 'prefills'>,
  def: IndicatorDef<ViewParams, R>,
  paramsOf: (v: ParamsSource) => ViewParams,
): UseQueryResult<R[], AppError> {
  const made = paramsOf(view);
  const key = JSON.stringify(made);
  const stable = useRef({ key, params: made });
  if (stable.current.key !== key) stable.current = { key, params: made };
  const q = useIndicator(def, stable.current.params);

  const { client, snapshot } = useSnapshot();
  const queryClient = useQueryClient();
  const latest = useRef(paramsOf);
  useEffect(() => {
    latest.current = paramsOf;
  });
  const prefills = view.prefills;
  const snapshotVersion = snapshot?.version;
  useEffect(() => {
    if (!prefills || !def.crossfilter || !client || !snapshotVersion) return;
    const ctx: QueryContext = { client, snapshotVersion, queryClient };
    const fill: Prefill = (next) => {
      prefillCrossfilter(def, latest.current(next), ctx);
    };
    prefills.add(fill);
    return () => {
      prefills.delete(fill);
    };
  }, [prefills, def, client, snapshotVersion, queryClient]);
  return q;
}
