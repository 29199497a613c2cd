import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanMiskinPerKelurahan } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';

/**
 * Share of each kelurahan's active job seekers in desil 1-4 (denominator stated), highest first.
 * Clicking a bar chooses that kelurahan as the area filter (again: back to its kecamatan).
 */
export function MiskinKelurahanCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanMiskinPerKelurahan, view.paramsFor('desil'));
  const data = useMemo(() => [...(q.data ?? [])].sort((a, b) => (b.nilai ?? -1) - (a.nilai ?? -1)), [q.data]);
  const rows = useMemo(
    () => data.map((r) => ({ key: r.kode_kelurahan, label: r.nama_kelurahan, value: r.nilai ?? 0 })),
    [data],
  );
  const selected = useMemo(() => (view.filters.kelurahan ? [view.filters.kelurahan] : []), [view.filters.kelurahan]);
  const choose = (kode: string) =>
    view.setFilters(view.filters.kelurahan === kode ? { kelurahan: undefined } : { kelurahan: kode });
  const pct = (v: unknown) => (v == null ? '–' : fmt.percent(v as number));

  return (
    <ChartCard
      title={t('kelurahan.title')}
      subtitle={t('kelurahan.subtitle', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanMiskinPerKelurahan}
      query={q}
      isEmpty={(d) => d.every((r) => r.aktif === 0)}
      testId="chart-kemiskinanMiskinPerKelurahan"
      table={{
        columns: [
          { key: 'nama_kelurahan', label: t('kelurahan.colKel') },
          { key: 'miskin', label: t('kelurahan.colMiskin') },
          { key: 'aktif', label: t('kelurahan.colAktif') },
          { key: 'nilai', label: t('kelurahan.colShare'), format: pct },
        ],
        rows: data,
        rowKey: (r) => r.kode_kelurahan,
      }}
    >
      <BarChart
        rows={rows}
        title={t('kelurahan.title')}
        unit="%"
        dim="kel"
        categoryLabel={t('kelurahan.axis')}
        selected={selected}
        onToggle={(key) => choose(key)}
        colour={COLOURS.vermillion}
        valueFormat={(v) => fmt.percent(v)}
        axisFormat={(v) => fmt.percent(v, { digits: 0 })}
        testId="bars-kemiskinan-kelurahan"
      />
    </ChartCard>
  );
}
