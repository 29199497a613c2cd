import { memo, useCallback, useMemo, useRef } from 'react';
import { useSnapshot } from '../../db/SnapshotProvider';
import type { Filters } from '../../state/filters';
import { useAreaFilters } from '../../state/useAreaFilters';
import { FilterBar } from './FilterBar';
import { OpenSnapshotButton } from './OpenSnapshotButton';

/**
 * The filter bar only changes with the period and area: a cross-filter click (which changes the
 * URL) does not re-render its select lists. The callbacks it gets are stable and call the latest
 * ones, which write from the latest URL.
 */
const StableFilterBar = memo(FilterBar);

function ReadyFilters() {
  const state = useAreaFilters();
  const latest = useRef(state);
  latest.current = state;
  const onChange = useCallback((patch: Filters) => latest.current.setFilters(patch), []);
  const onReset = useCallback(() => latest.current.reset(), []);
  const { periode, kecamatan, kelurahan } = state.filters;
  const filters = useMemo(() => ({ periode, kecamatan, kelurahan }), [periode, kecamatan, kelurahan]);
  return <StableFilterBar options={state.options} filters={filters} onChange={onChange} onReset={onReset} />;
}

/**
 * The bar under the navigation: global filters (once a snapshot is loaded) and "open snapshot
 * from disk" (on the error screen that control moves into the screen itself).
 */
export function GlobalBar() {
  const { status, previewing, load } = useSnapshot();
  if (status === 'error') return null;
  return (
    <div className="global-bar">
      {status === 'ready' || previewing ? <ReadyFilters /> : <div />}
      <OpenSnapshotButton onFiles={(files) => load({ kind: 'files', files })} />
    </div>
  );
}
