import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganJabatan, type KesenjanganParams, type Permintaan } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { ChartCard, DivergingBarChart } from '../views';
import { golonganLabel } from './labels';

/** Diverging bars by KBJI major group: job seekers left, positions right, ratio at the edge. Click = select the group. */
export function OccupationGapCard(props: { view: ViewState; params: KesenjanganParams; permintaan: Permintaan; periodText: string }) {
  const { view, params, permintaan, periodText } = props;
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganJabatan, params);
  const twelve = permintaan === 'dibuka12';
  const rows = useMemo(
    () =>
      (q.data ?? []).map((r) => ({
        key: r.kbji_golongan,
        label: golonganLabel(r.kbji_golongan, r.nama, t),
        supply: r.pencaker,
        demand: twelve ? r.posisi_12bln : r.posisi,
      })),
    [q.data, twelve, t],
  );
  const demandLabel = twelve ? t('labels.demand12') : t('labels.demandTerbuka');
  const ratio = (v: unknown) => (v == null ? t('labels.noDemand') : fmt.number(v as number, { digits: 1 }));
  return (
    <ChartCard
      title={t('jabatan.title')}
      subtitle={t('jabatan.subtitle', { period: periodText })}
      info={kesenjanganJabatan}
      query={q}
      testId={`chart-${kesenjanganJabatan.id}`}
      table={{
        columns: [
          { key: 'label', label: t('jabatan.colGolongan') },
          { key: 'pencaker', label: t('labels.supply') },
          { key: 'posisi', label: t('labels.demandTerbuka') },
          { key: 'rasio', label: `${t('labels.ratio')} (${t('labels.demandTerbuka').toLowerCase()})`, format: ratio },
          { key: 'posisi_12bln', label: t('labels.demand12') },
          { key: 'rasio_12bln', label: `${t('labels.ratio')} (${t('labels.demand12').toLowerCase()})`, format: ratio },
        ],
        rows: (q.data ?? []).map((r) => ({ ...r, label: golonganLabel(r.kbji_golongan, r.nama, t) })),
        rowKey: (r) => r.kbji_golongan,
      }}
    >
      <DivergingBarChart
        rows={rows}
        title={t('jabatan.title')}
        unit={t('units.orangPosisi')}
        supplyLabel={t('labels.supply')}
        demandLabel={demandLabel}
        dim="kbji"
        categoryLabel={t('jabatan.category')}
        selected={view.selections.kbji}
        onToggle={(key, o) => view.toggle('kbji', key, o)}
        testId="diverging-kbji"
      />
    </ChartCard>
  );
}
