import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanPrioritasGolongan } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { KBJI_UNKNOWN } from '../../../core/indicators/bases/aktif';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';

/**
 * The priority pool by KBJI major group next to the positions open in that group (whole city),
 * side by side; bars select the group (dimension 'kbji'). Groups with neither are left out of
 * the bars (they stay in the table).
 */
export function PrioritasGolonganCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPrioritasGolongan, view.paramsFor('kbji'));
  const data = useMemo(() => q.data ?? [], [q.data]);
  const name = useCallback(
    (r: { golongan: string; nama: string | null }) =>
      r.golongan === KBJI_UNKNOWN ? t('prioritasGolongan.unknown') : `${r.golongan} ${r.nama ?? ''}`.trim(),
    [t],
  );
  const chosen = useMemo(() => view.selections.kbji ?? [], [view.selections.kbji]);
  const rows = useMemo(
    () =>
      data
        .filter((r) => r.prioritas > 0 || r.posisi_terbuka > 0 || chosen.includes(r.golongan))
        .map((r) => ({ key: r.golongan, label: name(r), value: r.prioritas, secondary: r.posisi_terbuka })),
    [data, chosen, name],
  );
  return (
    <ChartCard
      title={t('prioritasGolongan.title')}
      subtitle={t('prioritasGolongan.subtitle', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPrioritasGolongan}
      query={q}
      isEmpty={(d) => d.every((r) => r.prioritas === 0 && r.posisi_terbuka === 0)}
      testId="chart-kemiskinanPrioritasGolongan"
      table={{
        columns: [
          { key: 'golongan', label: t('prioritasGolongan.colGol'), format: (_v, r) => name(r) },
          { key: 'sasaran', label: t('prioritasGolongan.colSasaran') },
          { key: 'prioritas', label: t('prioritasGolongan.colPrioritas') },
          { key: 'cocok_jabatan', label: t('prioritasGolongan.colJob') },
          { key: 'posisi_terbuka', label: t('prioritasGolongan.colPositions') },
        ],
        rows: data,
        rowKey: (r) => r.golongan,
      }}
    >
      <BarChart
        rows={rows}
        title={t('prioritasGolongan.title')}
        unit={t('units.peopleOrPositions')}
        dim="kbji"
        categoryLabel={t('prioritasGolongan.axis')}
        selected={chosen}
        onToggle={(key, opts) => view.toggle('kbji', key, opts)}
        colour={COLOURS.blue}
        secondaryColour={COLOURS.orange}
        stacked={false}
        seriesNames={{ value: t('prioritasGolongan.pool'), secondary: t('prioritasGolongan.positions') }}
        valueFormat={(v) => fmt.number(v)}
        testId="bars-kemiskinan-prioritas-golongan"
      />
    </ChartCard>
  );
}
