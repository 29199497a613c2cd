import { useTranslation } from 'react-i18next';
import type { PlaceholderKey } from './pages';

/** A page that exists in the navigation but whose content is not built yet. */
export function PlaceholderPage({ page }: { page: PlaceholderKey }) {
  const { t } = useTranslation();
  return (
    <article className="page placeholder-page" data-testid={`page-${page}`}>
      <h1 className="page-title">{t(`pages.${page}.title`)}</h1>
      <p className="coming-soon">{t('pages.comingSoon')}</p>
      <div className="card">
        <p className="muted">{t('pages.willShow')}</p>
        <p>{t(`pages.${page}.description`)}</p>
      </div>
    </article>
  );
}
