import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pengangguranPerKelurahan } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { AreaMap, ChartCard } from '../views';

/**
 * Choropleth of active job seekers (with the selections) per kelurahan over the whole city; the
 * chosen area is highlighted. Clicking a kelurahan (or its button in the list) filters the page to
 * it; clicking the chosen one again goes back to its kecamatan.
 */
export function PetaCard({ view }: { view: Pick<ViewState, 'params' | 'filters' | 'setFilters'> }) {
  const { t } = useTranslation('pengangguran');
  const fmt = useFormat();
  const { params, filters, setFilters } = view;
  // the map always shows the whole city: the area filter stays out of the query key
  const queryParams = useMemo(() => ({ periode: params.periode, ...(params.pilih ? { pilih: params.pilih } : {}) }), [params]);
  const q = useIndicator(pengangguranPerKelurahan, queryParams);
  const values = useMemo(() => new Map((q.data ?? []).map((r) => [r.kode_kelurahan, r.nilai])), [q.data]);
  const onSelect = useCallback(
    (kode: string) => setFilters({ kelurahan: filters.kelurahan === kode ? undefined : kode }),
    [filters.kelurahan, setFilters],
  );

  return (
    <ChartCard
      title={t('map.title')}
      subtitle={t('map.subtitle', { month: fmt.month(params.periode) })}
      info={pengangguranPerKelurahan}
      query={q}
      testId="chart-pengangguranPerKelurahan"
      span={2}
      minHeight={420}
    >
      <AreaMap
        values={values}
        legendTitle={t('map.legend')}
        ariaLabel={t('map.aria')}
        selectedKelurahan={filters.kelurahan}
        selectedKecamatan={filters.kecamatan}
        onSelect={onSelect}
        height={420}
        testId="pengangguran-map"
      />
    </ChartCard>
  );
}
