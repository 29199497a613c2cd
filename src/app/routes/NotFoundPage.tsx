import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <article className="page" data-testid="page-not-found">
      <h1 className="page-title">{t('pages.notFound')}</h1>
      <p>
        <Link to={{ pathname: '/', search }}>{t('pages.backHome')}</Link>
      </p>
    </article>
  );
}
