import { useCallback, useMemo } from 'react';
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
  /** Change filters and/or selections in ONE history entry (two setters in one handler would overwrite each other). */
  update(patch: { filters?: Filters; selections?: Selections }): void;
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

  const update = useCallback(
    (patch: { filters?: Filters; selections?: Selections }) => {
      const nextFilters = patch.filters ? changeFilters(filters, patch.filters) : filters;
      const withFilters = serialiseFilters(nextFilters, searchParams);
      write(serialiseSelections(patch.selections ?? selections, withFilters));
    },
    [filters, selections, searchParams, write],
  );
  const setFilters = useCallback((patch: Filters) => update({ filters: patch }), [update]);
  const reset = useCallback(() => write(serialiseFilters({}, searchParams)), [write, searchParams]);
  const toggle = useCallback(
    (dim: DimensionId, value: string, opts?: ToggleOptions) => update({ selections: toggleSel(selections, dim, value, opts) }),
    [selections, update],
  );
  const clear = useCallback((dim?: DimensionId) => update({ selections: clearSel(selections, dim) }), [selections, update]);
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
