import type { ReactNode } from 'react';
import { useSnapshot } from '../../db/SnapshotProvider';
import { ErrorScreen } from '../panels/ErrorScreen';
import { LoadingScreen } from '../panels/LoadingScreen';
import { OpenSnapshotButton } from './OpenSnapshotButton';

/** Shows the page only once the snapshot is ready; otherwise the loading or error screen. */
export function SnapshotGate({ children }: { children: ReactNode }) {
  const { status, progress, error, load } = useSnapshot();
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
