import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSnapshot } from '../../db/SnapshotProvider';
import type { LoadProgress } from '../../db/types';
import { ErrorScreen } from '../panels/ErrorScreen';
import { LoadingScreen } from '../panels/LoadingScreen';
import { OpenSnapshotButton } from './OpenSnapshotButton';

/** A one-line progress note above the page while the tables still go into DuckDB. */
function LoadingStrip({ progress }: { progress?: LoadProgress }) {
  const { t } = useTranslation();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <div className="loading-strip muted" role="status" aria-live="polite" data-testid="loading-strip">
      <span className="spinner" aria-hidden="true" />
      <span>{t('loading.preview', { done, total })}</span>
      {total > 0 ? <progress max={total} value={done} aria-hidden="true" /> : null}
    </div>
  );
}

/**
 * Shows the page once the snapshot is ready, and already while its tables load when the new
 * snapshot's manifest, geometry and preview are read (`previewing`): then a progress line stays
 * above the page, the overview shows its precomputed numbers and everything else its loading
 * state. Before that, the loading screen; on failure, the error screen.
 */
export function SnapshotGate({ children }: { children: ReactNode }) {
  const { status, progress, error, load, previewing } = useSnapshot();
  if (status === 'loading' && previewing) {
    return (
      <>
        <LoadingStrip progress={progress} />
        {children}
      </>
    );
  }
  if (status === 'loading') return <LoadingScreen progress={progress} />;
  if (status === 'error') {
    return (
      <ErrorScreen error={error}>
        <OpenSnapshotButton onFiles={(files) => load({ kind: 'files', files })} />
      </ErrorScreen>
    );
  }
  return <>{children}</>;
}
