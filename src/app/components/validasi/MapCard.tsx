import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validasiProgresKelurahan, type ProgresKelurahanRow } from '../../../core/indicators/validasi';
import { useFormat } from '../../format/useFormat';
import { NO_DATA_FILL, SEQUENTIAL_BLUES } from '../charts/palette';
import type { QueryLike } from '../panels/StatusPanel';
import { AreaMap, ChartCard, drillPatch } from '../views';
import type { ValidasiContext } from './context';
import { PROGRESS_BREAKS, progressColour } from './progress-classes';

interface Props {
  ctx: ValidasiContext;
  query: QueryLike<ProgresKelurahanRow[]>;
}

/** Legend of the fixed progress classes. */
function ProgressLegend({ showNoData }: { showNoData: boolean }) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const items = [
    t('map.classLt', { to: fmt.number(PROGRESS_BREAKS[0]) }),
    ...PROGRESS_BREAKS.slice(1).map((to, i) => t('map.classRange', { from: fmt.number(PROGRESS_BREAKS[i]), to: fmt.number(to) })),
    t('map.classDone'),
  ];
  return (
    <figure className="map-legend" data-testid="map-legend">
      <figcaption>{t('map.legend')}</figcaption>
      <ul>
        {items.map((label, i) => (
          <li key={label}>
            <span className="swatch" style={{ background: SEQUENTIAL_BLUES[i] }} aria-hidden="true" />
            {label}
          </li>
        ))}
        {showNoData ? (
          <li>
            <span className="swatch" style={{ background: NO_DATA_FILL }} aria-hidden="true" />
            {t('map.noReport')}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}

/** Choropleth of the share of households verified per kelurahan (fixed classes); a click drills kota → kecamatan → kelurahan. */
export function MapCard({ ctx, query }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const rows = useMemo(() => query.data ?? [], [query.data]);
  const byKode = useMemo(() => new Map(rows.map((r) => [r.kode_kelurahan, r])), [rows]);
  const values = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of rows) if (r.persen_kk != null) m.set(r.kode_kelurahan, r.persen_kk);
    return m;
  }, [rows]);
  const colourOf = useCallback((kode: string) => progressColour(byKode.get(kode)?.persen_kk), [byKode]);
  const tooltip = useCallback(
    (kode: string, nama: string) => {
      const r = byKode.get(kode);
      if (!r || r.persen_kk == null) return t('map.tooltipNone', { name: nama });
      return t('map.tooltip', {
        name: nama,
        value: fmt.percent(r.persen_kk),
        verified: fmt.number(r.terverifikasi_kk ?? 0),
        target: fmt.number(r.target_kk ?? 0),
        done: r.tanggal_selesai ? t('map.tooltipDone', { date: fmt.date(r.tanggal_selesai) }) : '',
      });
    },
    [byKode, t, fmt],
  );
  const { view } = ctx;
  const onSelect = useCallback((kode: string) => view.setFilters(drillPatch(view.filters, kode)), [view]);
  const missing = rows.some((r) => r.persen_kk == null);

  return (
    <ChartCard<ProgresKelurahanRow[]>
      title={t('map.title')}
      subtitle={t('map.subtitle', { month: ctx.monthText })}
      info={validasiProgresKelurahan}
      query={query}
      testId="chart-validasiProgresKelurahan"
    >
      <AreaMap
        values={values}
        colourOf={colourOf}
        legend={<ProgressLegend showNoData={missing} />}
        legendTitle={t('map.legend')}
        valueLabel={t('map.valueLabel')}
        ariaLabel={t('map.aria')}
        valueFormat={(v) => fmt.percent(v)}
        listText={(_k, v) => (v === undefined ? t('map.noReport') : fmt.percent(v))}
        tooltip={tooltip}
        selectedKecamatan={view.filters.kecamatan}
        selectedKelurahan={view.filters.kelurahan}
        onSelect={onSelect}
        testId="validasi-map"
      />
    </ChartCard>
  );
}
