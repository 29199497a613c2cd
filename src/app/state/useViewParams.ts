import { useCallback, useMemo, useRef, useState } from 'react';
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
  type ResolvedFilters,
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
  /**
   * Called with the next state on every change, just before the URL is written (see
   * `useViewIndicator`): a chart can put its answer for the next URL into the cache first, so the
   * page renders the click once, with its new numbers, instead of once with the old and again
   * with the new.
   */
  prefills?: Set<Prefill>;
}

/** What a chart's parameters are derived from: the view's filters and selections. */
export type ParamsSource = Pick<ViewState, 'filters' | 'selections' | 'params' | 'paramsFor'>;

/** Gets the state a change leads to, before the URL changes. Must not throw or update React state. */
export type Prefill = (next: ParamsSource) => void;

function withPilih(base: ViewParams, pilih: Selections): ViewParams {
  return hasSelections(pilih) ? { ...base, pilih } : base;
}

/**
 * The same object for equal parameters, across renders and URL changes: a chart whose parameters
 * a click does not change gets the very object it had (its memos and query options stay put).
 */
function useInterned(): (p: ViewParams) => ViewParams {
  const cache = useRef(new Map<string, ViewParams>());
  return useCallback((p: ViewParams) => {
    const key = JSON.stringify(p);
    const hit = cache.current.get(key);
    if (hit) return hit;
    if (cache.current.size >= 256) cache.current.clear();
    cache.current.set(key, p);
    return p;
  }, []);
}

/** `params` and `paramsFor` of one state of filters and selections. */
function deriveParams(filters: ResolvedFilters, selections: Selections, intern: (p: ViewParams) => ViewParams): Pick<ViewState, 'params' | 'paramsFor'> {
  const base = toAreaPeriodParams(filters);
  return {
    params: intern(withPilih(base, selections)),
    paramsFor: (dim?: DimensionId) => intern(withPilih(base, normaliseSelections(without(selections, dim)))),
  };
}

/** View state over explicit filter options (for tests and non-snapshot pages). */
export function useViewState(options: FilterOptions): ViewState {
  const [searchParams] = useSearchParams();
  const write = useWriteSearch();
  const filters = useMemo(() => resolveFilters(parseFilters(searchParams), options), [searchParams, options]);
  const selections = useMemo(() => parseSelections(searchParams), [searchParams]);
  const intern = useInterned();
  const { params, paramsFor } = useMemo(() => deriveParams(filters, selections, intern), [filters, selections, intern]);
  const [prefills] = useState(() => new Set<Prefill>());

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
      prefill(prefills, next, options, intern);
      write(next);
    },
    [options, write, intern, prefills],
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

  return { filters, params, options, setFilters, reset, selections, paramsFor, toggle, clear, clearAll, update, prefills };
}

/** Run the prefills with the state the URL `next` will give (parsed as the next render will). */
function prefill(prefills: Set<Prefill>, next: URLSearchParams, options: FilterOptions, intern: (p: ViewParams) => ViewParams): void {
  if (prefills.size === 0) return;
  const filters = resolveFilters(parseFilters(next), options);
  const selections = parseSelections(next);
  const source: ParamsSource = { filters, selections, ...deriveParams(filters, selections, intern) };
  for (const fill of prefills) {
    try {
      fill(source);
    } catch (e) {
      // a prefill only saves a render; the chart then answers as usual
      console.warn('prefill gagal', e);
    }
  }
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
