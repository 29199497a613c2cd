import { useCachedTranslation } from '../useCachedTranslation';
import { NavLink, useLocation } from 'react-router';
import { PAGES } from '../../routes/pages';

/** Links to every page; the current filters (search params) travel along. */
export function MainNav() {
  const { t } = useCachedTranslation();
  const { search } = useLocation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {PAGES.map((p) => (
          <li key={p.path}>
            <NavLink to={{ pathname: p.path, search }} end={p.path === '/'}>
              {t(`nav.${p.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
