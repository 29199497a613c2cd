import { useSnapshot } from '../../db/SnapshotProvider';
import { useAreaFilters } from '../../state/useAreaFilters';
import { FilterBar } from './FilterBar';
import { OpenSnapshotButton } from './OpenSnapshotButton';

function ReadyFilters() {
  const state = useAreaFilters();
  return <FilterBar options={state.options} filters={state.filters} onChange={state.setFilters} onReset={state.reset} />;
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
