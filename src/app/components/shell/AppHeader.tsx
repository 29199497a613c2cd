import { useTranslation } from 'react-i18next';
import { useSnapshot } from '../../db/SnapshotProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { SnapshotMeta } from './SnapshotMeta';

/** App name, region, snapshot vintage and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const { status, previewing, snapshot } = useSnapshot();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-region">{snapshot?.manifest.region.nama || t('app.region')}</span>
        <span className="brand-tagline muted">{t('app.tagline')}</span>
      </div>
      {(status === 'ready' || previewing) && snapshot ? <SnapshotMeta manifest={snapshot.manifest} /> : null}
      <LanguageSwitch />
    </header>
  );
}
