import { useCachedTranslation } from '../useCachedTranslation';
import type { ViewState } from '../../state/useViewParams';
import './views.css';

export interface DrillBreadcrumbProps {
  view: Pick<ViewState, 'filters' | 'options' | 'setFilters'>;
  /** Show the "click the map to drill" hint (default true). */
  hint?: boolean;
}

/**
 * "Kota Bontang › Bontang Utara › Lok Tuan" from the kecamatan/kelurahan filter. Every level above
 * the current one is a button that drills back up to it; the current level is plain text
 * (aria-current). Test ids: drill-breadcrumb, drill-kota, drill-kec, drill-kel.
 */
export function DrillBreadcrumb({ view, hint = true }: DrillBreadcrumbProps) {
  const { t } = useCachedTranslation();
  const { filters, options, setFilters } = view;
  const kec = filters.kecamatan ? options.kecamatan.find((k) => k.kode === filters.kecamatan) : undefined;
  const kel = filters.kelurahan ? options.kelurahan.find((k) => k.kode === filters.kelurahan) : undefined;

  const levels: Array<{ id: 'kota' | 'kec' | 'kel'; name: string; go(): void }> = [
    { id: 'kota', name: t('views.drill.city'), go: () => setFilters({ kecamatan: undefined }) },
  ];
  if (filters.kecamatan) levels.push({ id: 'kec', name: kec?.nama ?? filters.kecamatan, go: () => setFilters({ kelurahan: undefined }) });
  if (filters.kelurahan) levels.push({ id: 'kel', name: kel?.nama ?? filters.kelurahan, go: () => {} });

  return (
    <nav className="drill-breadcrumb" aria-label={t('views.drill.label')} data-testid="drill-breadcrumb">
      <ol>
        {levels.map((l, i) => {
          const current = i === levels.length - 1;
          return (
            <li key={l.id} data-testid={`drill-${l.id}`}>
              {i > 0 ? (
                <span className="drill-sep" aria-hidden="true">
                  ›
                </span>
              ) : null}
              {current ? (
                <span className="drill-current" aria-current="location">
                  {l.name}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  title={t('views.drill.up', { name: l.name })}
                  onClick={l.go}
                >
                  {l.name}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {hint && !filters.kelurahan ? <p className="muted small drill-hint">{t('views.drill.hint')}</p> : null}
    </nav>
  );
}
