import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanPrioritasJabatan } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';
import { namaJabatan } from './labels';

/**
 * The 4-digit occupations most sought by the priority pool, with the positions open for exactly
 * that occupation. Not a selection of its own (the cross-filter dimension is the major group);
 * a kbji selection narrows the list to that group.
 */
export function PrioritasJabatanCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPrioritasJabatan, view.params);
  const data = useMemo(
    () => (q.data ?? []).map((r) => ({ ...r, nama: `${r.kbji_kode} ${namaJabatan(r.kbji_kode) ?? t('prioritasJabatan.code', { kode: r.kbji_kode })}` })),
    [q.data, t],
  );
  const rows = useMemo(
    () => data.map((r) => ({ key: r.kbji_kode, label: r.nama, value: r.prioritas, secondary: r.posisi_terbuka })),
    [data],
  );
  return (
    <ChartCard
      title={t('prioritasJabatan.title')}
      subtitle={t('prioritasJabatan.subtitle', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPrioritasJabatan}
      query={q}
      testId="chart-kemiskinanPrioritasJabatan"
      table={{
        columns: [
          { key: 'nama', label: t('prioritasJabatan.colJabatan') },
          { key: 'prioritas', label: t('prioritasJabatan.colPrioritas') },
          { key: 'posisi_terbuka', label: t('prioritasJabatan.colPositions') },
          { key: 'lowongan', label: t('prioritasJabatan.colVacancies') },
        ],
        rows: data,
        rowKey: (r) => r.kbji_kode,
      }}
      footer={data.some((r) => r.posisi_terbuka === 0) ? <p className="muted">{t('prioritasJabatan.skillOnly')}</p> : null}
    >
      <BarChart
        rows={rows}
        title={t('prioritasJabatan.title')}
        unit={t('units.peopleOrPositions')}
        colour={COLOURS.blue}
        secondaryColour={COLOURS.orange}
        stacked={false}
        seriesNames={{ value: t('prioritasJabatan.pool'), secondary: t('prioritasJabatan.positions') }}
        valueFormat={(v) => fmt.number(v)}
        testId="bars-kemiskinan-prioritas-jabatan"
      />
    </ChartCard>
  );
}
