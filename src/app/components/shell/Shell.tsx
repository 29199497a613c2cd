import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSnapshot } from '../../db/SnapshotProvider';
import { useIsFetchingOnScreen } from '../../queries/usePrefetchIndicators';
import { AppHeader } from './AppHeader';
import { GlobalBar } from './GlobalBar';
import { MainNav } from './MainNav';
import { SnapshotGate } from './SnapshotGate';

/**
 * Marks `target` with data-busy / aria-busy while an indicator query that something on screen
 * waits for runs (background prefetches do not count; browser tests and the
 * view benchmark wait on it). A component of its own that renders nothing: the count of running
 * queries changes with every answer, and re-rendering the shell each time would re-render the whole
 * page, every chart included, once per query of a click.
 */
function BusyMarker({ target }: { target: RefObject<HTMLElement | null> }) {
  const busy = useIsFetchingOnScreen() > 0;
  useLayoutEffect(() => {
    target.current?.setAttribute('data-busy', busy ? 'true' : 'false');
    target.current?.setAttribute('aria-busy', busy ? 'true' : 'false');
  }, [busy, target]);
  return null;
}

/** Page frame: header, navigation, global filters, the routed page, footer. */
export function Shell() {
  const { t } = useTranslation();
  const { snapshot } = useSnapshot();
  const main = useRef<HTMLElement>(null);
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
      <BusyMarker target={main} />
      <main id="konten" ref={main} className="app-main" tabIndex={-1}>
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
