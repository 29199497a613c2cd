import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaPeriodParams, IndicatorDef } from '../../../core/indicators/types';
import {
  lowonganTerbukaBulanan,
  pencakerAktifBulanan,
  pencakerMiskinBulanan,
  penempatanBulanan,
  serapanLokal,
  validasiProgresBulanan,
} from '../../../core/indicators';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { addMonths } from '../../state/months';
import { Sparkline } from '../charts/Sparkline';
import { statusOf } from '../panels/StatusPanel';
import { KpiCard, type KpiComparison } from './KpiCard';
import type { GoodDirection } from './kpi-change';
import { QuotaBar } from './QuotaBar';

interface MonthlyRow {
  bulan: string;
  /** null where the share is undefined (e.g. no job seekers that month). */
  nilai: number | null;
}

interface MonthlyKpiProps<R extends MonthlyRow> {
  def: IndicatorDef<AreaPeriodParams, R>;
  params: AreaPeriodParams;
  kind: 'count' | 'percent';
  good: GoodDirection;
  footnote?: (row: R) => string;
}

/** A KPI card for an indicator returning a monthly series ending at the chosen period. */
function MonthlyKpi<R extends MonthlyRow>({ def, params, kind, good, footnote }: MonthlyKpiProps<R>) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useIndicator(def, params);
  const rows = useMemo(
    () => [...(q.data ?? [])].filter((r) => r.bulan <= params.periode).sort((a, b) => (a.bulan < b.bulan ? -1 : 1)),
    [q.data, params.periode],
  );
  const current = rows.find((r) => r.bulan === params.periode);
  const prevMonth = addMonths(params.periode, -1);
  const previous = rows.find((r) => r.bulan === prevMonth);
  const spark = rows.slice(-12);
  const show = (v: number) => (kind === 'percent' ? fmt.percent(v) : fmt.number(v));
  const known = spark.filter((r): r is R & { nilai: number } => r.nilai != null);
  const first = known[0];
  const last = known[known.length - 1];

  return (
    <KpiCard
      indicatorId={def.id}
      label={def.label[fmt.lang]}
      definition={def.definition[fmt.lang]}
      source={def.source[fmt.lang]}
      kind={kind}
      unit={def.unit}
      value={current?.nilai}
      previous={previous?.nilai}
      previousMonth={prevMonth}
      goodDirection={good}
      status={statusOf(q)}
      error={q.error}
      footnote={current && footnote ? footnote(current) : undefined}
    >
      {known.length > 1 && first && last ? (
        <Sparkline
          points={spark}
          kind={kind}
          description={t('kpi.trend', {
            count: spark.length,
            first: show(first.nilai),
            firstMonth: fmt.month(first.bulan),
            last: show(last.nilai),
            lastMonth: fmt.month(last.bulan),
          })}
        />
      ) : null}
    </KpiCard>
  );
}

/** Local-hire share against the quota (company data has no monthly history). */
function LocalHireKpi({ params }: { params: AreaPeriodParams }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const def = serapanLokal;
  const q = useIndicator(def, params);
  const row = q.data?.[0];
  const share = row?.nilai ?? null;
  let comparison: KpiComparison | undefined;
  if (row && share != null) {
    const quota = fmt.percent(row.kuota, { digits: 0 });
    const gap = row.kuota - share;
    comparison =
      gap <= 0
        ? { direction: 'up', tone: 'good', text: t('kpi.quotaMet', { quota }) }
        : {
            direction: 'down',
            tone: 'bad',
            text: t('kpi.quotaBelow', { gap: t('kpi.points', { value: fmt.number(gap, { digits: 1 }) }), quota }),
          };
  }
  return (
    <KpiCard
      indicatorId={def.id}
      label={def.label[fmt.lang]}
      definition={def.definition[fmt.lang]}
      source={def.source[fmt.lang]}
      kind="percent"
      unit={def.unit}
      value={row?.nilai}
      goodDirection="up"
      status={statusOf(q)}
      error={q.error}
      comparison={comparison}
      footnote={row ? t('kpi.localOf', { part: fmt.number(row.lokal), whole: fmt.number(row.pekerja) }) : undefined}
    >
      {row && share != null ? (
        <QuotaBar
          value={share}
          quota={row.kuota}
          label={t('kpi.quotaBar', { value: fmt.percent(share), quota: fmt.percent(row.kuota, { digits: 0 }) })}
        />
      ) : null}
    </KpiCard>
  );
}

/** The six headline indicators of the overview page. */
export function IndicatorKpis({ params }: { params: AreaPeriodParams }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="kpi-grid" aria-label={t('kpi.sectionTitle')}>
      <MonthlyKpi def={pencakerAktifBulanan} params={params} kind="count" good="down" />
      <MonthlyKpi def={penempatanBulanan} params={params} kind="count" good="up" />
      <MonthlyKpi def={lowonganTerbukaBulanan} params={params} kind="count" good="up" />
      <MonthlyKpi
        def={pencakerMiskinBulanan}
        params={params}
        kind="percent"
        good="none"
        footnote={(r) => t('kpi.poorOf', { part: fmt.number(r.pembilang), whole: fmt.number(r.penyebut) })}
      />
      <MonthlyKpi
        def={validasiProgresBulanan}
        params={params}
        kind="percent"
        good="up"
        footnote={(r) => t('kpi.verifiedOf', { part: fmt.number(r.terverifikasi), whole: fmt.number(r.target) })}
      />
      <LocalHireKpi params={params} />
    </section>
  );
}
