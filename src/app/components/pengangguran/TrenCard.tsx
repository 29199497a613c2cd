import { useMemo } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { pengangguranTrenBulanan, type TrenRow } from '../../../core/indicators/pengangguran';
import { useFormat } from '../../format/useFormat';
import type { ParamsSource, ViewState } from '../../state/useViewParams';
import { useViewIndicator } from '../../state/useViewIndicator';
import { COLOURS } from '../charts/palette';
import { ChartCard, LineChart, type LineSeries, type TableColumn } from '../views';

const KEYS = ['pendaftaran', 'penempatan', 'kedaluwarsa'] as const;
const COLOUR: Record<(typeof KEYS)[number], string> = { pendaftaran: COLOURS.blue, penempatan: COLOURS.green, kedaluwarsa: COLOURS.vermillion };

const trenParams = (v: ParamsSource) => v.paramsFor('durasi');

/**
 * Monthly registrations, placements and expiries for the chosen area and the sex, age, education
 * and occupation selections (a duration selection does not apply to flows, and says so).
 */
export function TrenCard({ view }: { view: Pick<ViewState, 'filters' | 'params' | 'selections' | 'paramsFor' | 'prefills'> }) {
  const { t } = useCachedTranslation('pengangguran');
  const fmt = useFormat();
  // durasi is not a property of a registration flow: leaving it out keeps the query (and its cache key) unchanged when it is toggled
  const q = useViewIndicator(view, pengangguranTrenBulanan, trenParams);
  const rows = useMemo(() => q.data ?? [], [q.data]);
  const series = useMemo<LineSeries[]>(
    () => KEYS.map((k) => ({ key: k, name: t(`tren.${k}`), colour: COLOUR[k], points: rows.map((r) => ({ x: r.bulan, y: r[k] })) })),
    [rows, t],
  );
  const columns: TableColumn<TrenRow>[] = [
    { key: 'bulan', label: t('tren.colMonth'), format: (v) => fmt.month(String(v)) },
    ...KEYS.map((k) => ({ key: k, label: t(`tren.${k}`) })),
  ];
  const from = rows[0]?.bulan;
  const to = rows[rows.length - 1]?.bulan;

  return (
    <ChartCard
      title={t('tren.title')}
      subtitle={from && to ? t('tren.subtitle', { from: fmt.month(from, 'short'), to: fmt.month(to, 'short') }) : undefined}
      info={pengangguranTrenBulanan}
      query={q}
      isEmpty={(d) => d.every((r) => r.pendaftaran + r.penempatan + r.kedaluwarsa === 0)}
      table={{ columns, rows, rowKey: (r) => r.bulan }}
      testId="chart-pengangguranTrenBulanan"
      span={2}
      footer={
        <ul className="png-notes">
          <li>{t('tren.placementNote')}</li>
          {view.selections.durasi?.length ? <li data-testid="tren-durasi-note">{t('tren.durasiNote')}</li> : null}
        </ul>
      }
    >
      <LineChart series={series} title={t('tren.title')} unit={t('tren.unit')} height={280} testId="tren-line" />
    </ChartCard>
  );
}
