import { useTranslation } from 'react-i18next';
import type { SnapshotManifest } from '../../../core/schema/snapshot';
import { useFormat } from '../../format/useFormat';
import { monthOf } from '../../state/months';

/** Data vintage, build date and the "DATA SIMULASI" badge of the loaded snapshot. */
export function SnapshotMeta({ manifest }: { manifest: SnapshotManifest }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const month = monthOf(manifest.periode.akhir);
  return (
    <div className="snapshot-meta" data-testid="snapshot-meta">
      {manifest.demo ? (
        <span className="demo-badge" data-testid="demo-badge" title={t('app.demoExplain')}>
          {t('app.demoBadge')}
        </span>
      ) : null}
      <span className="vintage" data-testid="data-vintage">
        {t('app.dataUntil', { month: month ? fmt.month(month) : manifest.periode.akhir })}
      </span>
      <span className="built muted" data-testid="built-at">
        {t('app.builtOn', { date: fmt.date(manifest.built_at) })}
      </span>
    </div>
  );
}
