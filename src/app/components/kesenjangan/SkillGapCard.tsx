import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganKeterampilan, type KesenjanganParams, type Permintaan } from '../../../core/indicators/kesenjangan';
import { KETERAMPILAN_TERATAS } from '../../../core/indicators/kesenjangan/keterampilan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { ChartCard, DivergingBarChart } from '../views';

/** Diverging bars for the skills most asked for (by the chosen demand measure). Click = select the skill. */
export function SkillGapCard(props: { view: ViewState; params: KesenjanganParams; permintaan: Permintaan; periodText: string }) {
  const { view, params, permintaan, periodText } = props;
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganKeterampilan, params);
  const twelve = permintaan === 'dibuka12';
  const rows = useMemo(
    () =>
      (q.data ?? []).map((r) => ({
        key: r.keterampilan,
        label: r.keterampilan,
        supply: r.pencaker,
        demand: twelve ? r.posisi_12bln : r.posisi,
      })),
    [q.data, twelve],
  );
  const ratio = (v: unknown) => (v == null ? t('labels.noDemand') : fmt.number(v as number, { digits: 1 }));
  return (
    <ChartCard
      title={t('skill.title')}
      subtitle={t('skill.subtitle', { n: KETERAMPILAN_TERATAS, period: periodText })}
      info={kesenjanganKeterampilan}
      query={q}
      testId={`chart-${kesenjanganKeterampilan.id}`}
      footer={t('skill.note')}
      table={{
        columns: [
          { key: 'keterampilan', label: t('labels.skill') },
          { key: 'pencaker', label: t('labels.supply') },
          { key: 'posisi', label: t('labels.demandTerbuka') },
          { key: 'rasio', label: t('labels.ratio'), format: ratio },
          { key: 'posisi_12bln', label: t('labels.demand12') },
          { key: 'rasio_12bln', label: `${t('labels.ratio')} (${t('labels.demand12').toLowerCase()})`, format: ratio },
        ],
        rows: q.data ?? [],
        rowKey: (r) => r.keterampilan,
      }}
    >
      <DivergingBarChart
        rows={rows}
        title={t('skill.title')}
        unit={t('units.orangPosisi')}
        supplyLabel={t('labels.supply')}
        demandLabel={twelve ? t('labels.demand12') : t('labels.demandTerbuka')}
        dim="skill"
        categoryLabel={t('skill.category')}
        selected={view.selections.skill}
        onToggle={(key, o) => view.toggle('skill', key, o)}
        testId="diverging-skill"
      />
    </ChartCard>
  );
}
