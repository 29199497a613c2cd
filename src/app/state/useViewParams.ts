import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ViewParams } from '../../core/indicators/types';
import { useSnapshot } from '../db/SnapshotProvider';
import {
  changeFilters,
  parseFilters,
  resolveFilters,
  serialiseFilters,
  toAreaPeriodParams,
  type FilterOptions,
  type Filters,
} from './filters';
import {
  clear as clearSel,
  hasSelections,
  normaliseSelections,
  parseSelections,
  serialiseSelections,
  toggle as toggleSel,
  without,
  type DimensionId,
  type Selections,
  type ToggleOptions,
} from './selections';
import { filterOptionsFromSnapshot } from './snapshot-options';
import type { FilterState } from './useFilterState';
import { useWriteSearch } from './useSelections';

/** Filters + selections of an analysis view, all read from and written to the URL. */
export interface ViewState extends FilterState {
  /** Indicator parameters: periode, kecamatan?, kelurahan? and `pilih` (only when something is chosen). */
  params: ViewParams;
  selections: Selections;
  /**
   * Parameters for a chart of dimension `dim`: every selection except its own, so the chart keeps
   * all its categories and highlights the chosen ones. Without `dim`: the same as `params`.
   */
  paramsFor(dim?: DimensionId): ViewParams;
  /** Toggle one value (default multi: add/remove; `{ multi: false }`: only this value, or none). */
  toggle(dim: DimensionId, value: string, opts?: ToggleOptions): void;
  /** Clear one dimension, or all selections (area filters stay). */
  clear(dim?: DimensionId): void;
  /** Clear all selections and the kecamatan/kelurahan filter in one step (the period stays). */
  clearAll(): void;
  /**
   * Change filters and/or selections in ONE history entry. `selections` may be a function of the
   * current selections. Every setter works from the latest URL written, so two clicks before a
   * re-render both count.
   */
  update(patch: { filters?: Filters; selections?: Selections | ((current: Selections) => Selections) }): void;
}

function withPilih(base: ViewParams, pilih: Selections): ViewParams {
  return hasSelections(pilih) ? { ...base, pilih } : base;
}

/** View state over explicit filter options (for tests and non-snapshot pages). */
export function useViewState(options: FilterOptions): ViewState {
  const [searchParams] = useSearchParams();
  const write = useWriteSearch();
  const filters = useMemo(() => resolveFilters(parseFilters(searchParams), options), [searchParams, options]);
  const selections = useMemo(() => parseSelections(searchParams), [searchParams]);
  const params = useMemo(() => withPilih(toAreaPeriodParams(filters), selections), [filters, selections]);

  // The URL as last written by this view: a second click that lands before React re-renders must
  // build on the first click's URL, not on the one this render was made from.
  const latest = useRef({ seen: searchParams, current: searchParams });
  if (latest.current.seen !== searchParams) latest.current = { seen: searchParams, current: searchParams };

  const update = useCallback(
    (patch: { filters?: Filters; selections?: Selections | ((current: Selections) => Selections) }) => {
      const current = latest.current.current;
      const currentFilters = resolveFilters(parseFilters(current), options);
      const currentSelections = parseSelections(current);
      const nextFilters = patch.filters ? changeFilters(currentFilters, patch.filters) : currentFilters;
      const nextSelections =
        typeof patch.selections === 'function' ? patch.selections(currentSelections) : (patch.selections ?? currentSelections);
      const next = serialiseSelections(nextSelections, serialiseFilters(nextFilters, current));
      latest.current.current = next;
      write(next);
    },
    [options, write],
  );
  const setFilters = useCallback((patch: Filters) => update({ filters: patch }), [update]);
  const reset = useCallback(() => {
    const next = serialiseFilters({}, latest.current.current);
    latest.current.current = next;
    write(next);
  }, [write]);
  const toggle = useCallback(
    (dim: DimensionId, value: string, opts?: ToggleOptions) => update({ selections: (cur) => toggleSel(cur, dim, value, opts) }),
    [update],
  );
  const clear = useCallback((dim?: DimensionId) => update({ selections: (cur) => clearSel(cur, dim) }), [update]);
  const clearAll = useCallback(() => update({ filters: { kecamatan: undefined }, selections: {} }), [update]);
  const paramsFor = useCallback(
    (dim?: DimensionId) => withPilih(toAreaPeriodParams(filters), normaliseSelections(without(selections, dim))),
    [filters, selections],
  );

  return { filters, params, options, setFilters, reset, selections, paramsFor, toggle, clear, clearAll, update };
}

const NO_OPTIONS: FilterOptions = { months: [], kecamatan: [], kelurahan: [] };

/**
 * The state of an analysis view on the loaded snapshot: the global filters (period defaults to
 * the latest month) plus the view's cross-filter selections.
 */
export function useViewParams(): ViewState {
  const { snapshot } = useSnapshot();
  const options = useMemo(() => (snapshot ? filterOptionsFromSnapshot(snapshot) : NO_OPTIONS), [snapshot]);
  return useViewState(options);
}
