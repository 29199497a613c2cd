import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanPrioritasKelurahan } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';

/**
 * The priority pool per kelurahan, stacked: matched by occupation (solid) and by skill only
 * (striped). Clicking a bar chooses that kelurahan as the area filter.
 */
export function PrioritasKelurahanCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPrioritasKelurahan, view.params);
  const data = useMemo(() => [...(q.data ?? [])].sort((a, b) => b.prioritas - a.prioritas), [q.data]);
  const rows = useMemo(
    () => data.map((r) => ({ key: r.kode_kelurahan, label: r.nama_kelurahan, value: r.cocok_jabatan, secondary: r.cocok_keterampilan })),
    [data],
  );
  const selected = useMemo(() => (view.filters.kelurahan ? [view.filters.kelurahan] : []), [view.filters.kelurahan]);
  const choose = (kode: string) =>
    view.setFilters(view.filters.kelurahan === kode ? { kelurahan: undefined } : { kelurahan: kode });
  return (
    <ChartCard
      title={t('prioritasKelurahan.title')}
      subtitle={t('prioritasKelurahan.subtitle', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPrioritasKelurahan}
      query={q}
      isEmpty={(d) => d.every((r) => r.sasaran === 0)}
      testId="chart-kemiskinanPrioritasKelurahan"
      table={{
        columns: [
          { key: 'nama_kelurahan', label: t('prioritasKelurahan.colKel') },
          { key: 'sasaran', label: t('prioritasKelurahan.colSasaran') },
          { key: 'prioritas', label: t('prioritasKelurahan.colPrioritas') },
          { key: 'cocok_jabatan', label: t('prioritasKelurahan.colJob') },
          { key: 'cocok_keterampilan', label: t('prioritasKelurahan.colSkill') },
          { key: 'persen', label: t('prioritasKelurahan.colShare'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
        ],
        rows: data,
        rowKey: (r) => r.kode_kelurahan,
      }}
    >
      <BarChart
        rows={rows}
        title={t('prioritasKelurahan.title')}
        unit={t('units.people')}
        dim="prioritas-kel"
        categoryLabel={t('kelurahan.axis')}
        selected={selected}
        onToggle={(key) => choose(key)}
        colour={COLOURS.blue}
        secondaryColour={COLOURS.orange}
        seriesNames={{ value: t('prioritasKelurahan.byJob'), secondary: t('prioritasKelurahan.bySkill') }}
        testId="bars-kemiskinan-prioritas-kelurahan"
      />
    </ChartCard>
  );
}
