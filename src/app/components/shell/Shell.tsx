import { useIsFetching } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSnapshot } from '../../db/SnapshotProvider';
import { AppHeader } from './AppHeader';
import { GlobalBar } from './GlobalBar';
import { MainNav } from './MainNav';
import { SnapshotGate } from './SnapshotGate';

/** Page frame: header, navigation, global filters, the routed page, footer. */
export function Shell() {
  const { t } = useTranslation();
  const { snapshot } = useSnapshot();
  // data-busy: true while any indicator query runs; browser tests and the view benchmark wait on it
  const busy = useIsFetching() > 0;
  return (
    <div className="app">
      <a className="skip-link" href="#konten" onClick={(e) => {
        // A plain #konten would change the hash route; move focus instead.
        e.preventDefault();
        document.getElementById('konten')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <MainNav />
      <GlobalBar />
      <main id="konten" className="app-main" tabIndex={-1} data-busy={busy ? 'true' : 'false'} aria-busy={busy}>
        <SnapshotGate>
          <Outlet />
        </SnapshotGate>
      </main>
      <footer className="app-footer muted small">
        <p>{t('app.footer')}</p>
        {snapshot ? <p>{t('app.sourceLabel', { source: snapshot.sourceLabel })}</p> : null}
      </footer>
    </div>
  );
}
