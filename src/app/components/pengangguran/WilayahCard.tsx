import { useCallback, useMemo, useState } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { pengangguranPerWilayah, type WilayahRow } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import type { ParamsSource, ViewState } from '../../state/useViewParams';
import { useViewIndicator } from '../../state/useViewIndicator';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard, type TableColumn } from '../views';
import './pengangguran.css';

type Metric = 'count' | 'rate';

// the kelurahan filter only highlights a bar here, so it stays out of the query key
const wilayahParams = ({ params: p }: ParamsSource) => ({
  periode: p.periode,
  ...(p.kecamatan ? { kecamatan: p.kecamatan } : {}),
  ...(p.pilih ? { pilih: p.pilih } : {}),
});

/**
 * Active job seekers by area with drill-down: at city level one bar per kecamatan (count, or the
 * rate per 1,000 productive-age residents); inside a kecamatan one bar per kelurahan (count only:
 * kelurahan populations are unknown). A bar click drills: kecamatan -> its kelurahan -> that
 * kelurahan (a second click on it goes back up). The breadcrumb of the view goes back up too.
 */
export function WilayahCard({ view }: { view: Pick<ViewState, 'params' | 'filters' | 'selections' | 'paramsFor' | 'options' | 'setFilters' | 'prefills'> }) {
  const { t } = useCachedTranslation('pengangguran');
  const fmt = useFormat();
  const { params, filters, setFilters } = view;
  const q = useViewIndicator(view, pengangguranPerWilayah, wilayahParams);
  const [chosenMetric, setMetric] = useState<Metric>('count');
  const atCity = !filters.kecamatan;
  const metric: Metric = atCity ? chosenMetric : 'count';
  const rows = useMemo(() => q.data ?? [], [q.data]);
  const kecNama = view.options.kecamatan.find((k) => k.kode === filters.kecamatan)?.nama ?? filters.kecamatan ?? '';
  const title = atCity ? t('wilayah.titleCity') : t('wilayah.titleKec', { kecamatan: kecNama });
  const unit = metric === 'rate' ? t('wilayah.unitRate') : t('wilayah.unitCount');
  const popYear = rows.find((r) => r.penduduk_tahun != null)?.penduduk_tahun;

  const bars = useMemo(
    () =>
      rows.map((r) => ({
        key: r.kode,
        label: r.nama,
        value: metric === 'rate' ? (r.per_1000 ?? 0) : r.nilai,
      })),
    [rows, metric],
  );
  const valueFormat = useCallback(
    // the unit is on the axis and in the subtitle; a bare number keeps the bar labels inside the card
    (v: number) => (metric === 'rate' ? fmt.number(v, { digits: 1 }) : fmt.number(v)),
    [metric, fmt],
  );

  const onToggle = useCallback(
    (kode: string) => {
      if (atCity) setFilters({ kecamatan: kode });
      else setFilters({ kelurahan: filters.kelurahan === kode ? undefined : kode });
    },
    [atCity, filters.kelurahan, setFilters],
  );

  const dash = (v: unknown, digits?: number) => (v == null ? '—' : fmt.number(v as number, digits === undefined ? {} : { digits }));
  const columns: TableColumn<WilayahRow>[] = [
    { key: 'nama', label: t('wilayah.colArea') },
    { key: 'nilai', label: t('wilayah.colCount') },
    { key: 'penduduk', label: t('wilayah.colPop'), align: 'right', format: (v) => dash(v) },
    { key: 'penduduk_tahun', label: t('wilayah.colPopYear'), align: 'right', format: (v) => (v == null ? '—' : String(v)) },
    { key: 'usia_kerja', label: t('wilayah.colWorking'), align: 'right', format: (v) => dash(v == null ? null : Math.round(v as number)) },
    { key: 'per_1000', label: t('wilayah.colRate'), align: 'right', format: (v) => dash(v, 1) },
  ];

  const switcher = (
    <div className="png-metric" role="group" aria-label={t('wilayah.metric')}>
      {(['count', 'rate'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={metric === m}
          disabled={m === 'rate' && !atCity}
          title={m === 'rate' && !atCity ? t('wilayah.rateKelurahan') : undefined}
          data-testid={`metric-${m}`}
          onClick={() => setMetric(m)}
        >
          {m === 'count' ? t('wilayah.metricCount') : t('wilayah.metricRate')}
        </button>
      ))}
    </div>
  );

  return (
    <ChartCard
      title={title}
      subtitle={t('wilayah.subtitle', { unit, month: fmt.month(params.periode) })}
      info={pengangguranPerWilayah}
      query={q}
      table={{ columns, rows, rowKey: (r) => r.kode }}
      testId="chart-pengangguranPerWilayah"
      actions={switcher}
      footer={
        <ul className="png-notes">
          <li>{atCity ? t('wilayah.hintCity') : t('wilayah.hintKec')}</li>
          {atCity && popYear ? <li>{t('wilayah.rateCaveat', { year: popYear })}</li> : null}
          <li>{t('wilayah.rateKelurahan')}</li>
        </ul>
      }
    >
      <BarChart
        rows={bars}
        title={title}
        unit={unit}
        dim="wilayah"
        categoryLabel={t('wilayah.categoryLabel')}
        selected={filters.kelurahan ? [filters.kelurahan] : []}
        onToggle={onToggle}
        valueFormat={valueFormat}
        colour={COLOURS.blue}
      />
    </ChartCard>
  );
}
