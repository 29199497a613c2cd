import { useCallback, useMemo } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { pengangguranPerKelurahan } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import type { ParamsSource, ViewState } from '../../state/useViewParams';
import { useViewIndicator } from '../../state/useViewIndicator';
import { AreaMap, ChartCard } from '../views';

// the map always shows the whole city: the area filter stays out of the query key
const petaParams = ({ params: p }: ParamsSource) => ({ periode: p.periode, ...(p.pilih ? { pilih: p.pilih } : {}) });

/**
 * Choropleth of active job seekers (with the selections) per kelurahan over the whole city; the
 * chosen area is highlighted. Clicking a kelurahan (or its button in the list) filters the page to
 * it; clicking the chosen one again goes back to its kecamatan.
 */
export function PetaCard({ view }: { view: Pick<ViewState, 'params' | 'filters' | 'selections' | 'paramsFor' | 'setFilters' | 'prefills'> }) {
  const { t } = useCachedTranslation('pengangguran');
  const fmt = useFormat();
  const { params, filters, setFilters } = view;
  const q = useViewIndicator(view, pengangguranPerKelurahan, petaParams);
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
