import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { pencakerTerdaftarTahunan, tptBps } from '../../../core/indicators';
import { useFormat, type Formatters } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { EChart } from '../charts/EChart';
import { COLOURS } from '../charts/palette';
import { StatusPanel, statusOf } from './StatusPanel';

interface YearRow {
  tahun: number;
  nilai: number;
}

/**
 * Every calendar year from the first to the last, with null where no figure was published, so
 * the axis keeps real time spacing and a missing year shows as a gap (BPS figures for 2016,
 * 2018 and 2019 are not known) instead of being silently skipped.
 */
function everyYear(rows: YearRow[]): Array<{ tahun: number; nilai: number | null }> {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.tahun, r.nilai]));
  const out: Array<{ tahun: number; nilai: number | null }> = [];
  for (let y = rows[0].tahun; y <= rows[rows.length - 1].tahun; y++) out.push({ tahun: y, nilai: byYear.get(y) ?? null });
  return out;
}

function yearChart(given: YearRow[], kind: 'line' | 'bar', colour: string, label: (v: number) => string, axis: (v: number) => string, noData: string): EChartsCoreOption {
  const rows = everyYear(given);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 28, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        const r = rows[p.dataIndex];
        return r ? `${r.tahun}: ${r.nilai === null ? noData : label(r.nilai)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => String(r.tahun)),
      axisLine: { lineStyle: { color: COLOURS.muted } },
      axisTick: { show: false },
      axisLabel: { color: COLOURS.ink },
    },
    yAxis: {
      type: 'value',
      min: 0,
      splitLine: { lineStyle: { color: COLOURS.grid } },
      axisLabel: { color: COLOURS.muted, formatter: axis },
    },
    series: [
      {
        type: kind,
        data: rows.map((r) => r.nilai),
        itemStyle: { color: colour },
        lineStyle: { color: colour, width: 2 },
        symbol: 'circle',
        symbolSize: 7,
        barMaxWidth: 28,
        connectNulls: false,
        label: {
          show: true,
          position: 'top',
          color: COLOURS.ink,
          fontSize: 11,
          formatter: (p: { value: number | null }) => (p.value === null ? '' : label(p.value)),
        },
      },
    ],
  };
}

function sortYears<R extends YearRow>(rows: R[] | undefined): R[] {
  return [...(rows ?? [])].sort((a, b) => a.tahun - b.tahun);
}

function describe(rows: YearRow[], label: (v: number) => string): string {
  return rows.map((r) => `${r.tahun} ${label(r.nilai)}`).join('; ');
}

const tptLabel = (fmt: Formatters) => (v: number) => fmt.percent(v, { digits: 2 });

/** BPS TPT next to Disnaker AK1 registrations, each with its own axis, definition and source, and why they differ. */
export function BpsDisnakerPanel({ periode }: { periode: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = { periode };
  const tpt = useIndicator(tptBps, params);
  const ak1 = useIndicator(pencakerTerdaftarTahunan, params);

  const tptRows = useMemo(() => sortYears(tpt.data), [tpt.data]);
  const ak1Rows = useMemo(() => sortYears(ak1.data), [ak1.data]);
  const tptOption = useMemo(
    () => yearChart(tptRows, 'line', COLOURS.vermillion, tptLabel(fmt), (v) => fmt.percent(v, { digits: 0 }), t('map.noData')),
    [tptRows, fmt, t],
  );
  const ak1Option = useMemo(
    () => yearChart(ak1Rows, 'bar', COLOURS.blue, (v) => fmt.number(v), (v) => fmt.number(v), t('map.noData')),
    [ak1Rows, fmt, t],
  );
  const tptSources = useMemo(() => {
    const seen = new Map<string, number[]>();
    for (const r of tptRows) if (r.sumber) seen.set(r.sumber, [...(seen.get(r.sumber) ?? []), r.tahun]);
    return [...seen.entries()];
  }, [tptRows]);

  return (
    <section className="card compare-card" aria-labelledby="compare-title" data-testid="bps-disnaker-panel">
      <header className="card-head">
        <div>
          <h2 id="compare-title" className="card-title">
            {t('compare.title')}
          </h2>
          <p className="muted">{t('compare.intro')}</p>
          <p className="muted small">{t('compare.cityLevel')}</p>
        </div>
      </header>
      <div className="compare-grid">
        <figure className="compare-series" data-testid="series-tpt">
          <h3 className="series-title">{t('compare.bpsTitle')}</h3>
          <p className="series-unit">{t('compare.bpsUnit')}</p>
          <StatusPanel status={statusOf(tpt)} error={tpt.error} minHeight={240}>
            <EChart
              option={tptOption}
              height={240}
              description={t('compare.tptAria', { values: describe(tptRows, tptLabel(fmt)) })}
            />
          </StatusPanel>
          <figcaption>
            <p>{t('compare.bpsDefinition')}</p>
            <p className="muted small">{tptBps.definition[fmt.lang]}</p>
            <p className="source">{t('compare.source', { source: tptBps.source[fmt.lang] })}</p>
            {tptSources.length > 0 ? (
              <details className="source-list">
                <summary>{t('compare.perYearSources')}</summary>
                <ul>
                  {tptSources.map(([src, years]) => (
                    <li key={src}>
                      {years.join(', ')}: <span className="break">{src}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </figcaption>
        </figure>
        <figure className="compare-series" data-testid="series-ak1">
          <h3 className="series-title">{t('compare.disnakerTitle')}</h3>
          <p className="series-unit">{t('compare.disnakerUnit')}</p>
          <StatusPanel status={statusOf(ak1)} error={ak1.error} minHeight={240}>
            <EChart
              option={ak1Option}
              height={240}
              description={t('compare.ak1Aria', { values: describe(ak1Rows, (v) => fmt.number(v)) })}
            />
          </StatusPanel>
          <figcaption>
            <p>{t('compare.disnakerDefinition')}</p>
            <p className="muted small">{pencakerTerdaftarTahunan.definition[fmt.lang]}</p>
            <p className="source">{t('compare.source', { source: pencakerTerdaftarTahunan.source[fmt.lang] })}</p>
          </figcaption>
        </figure>
      </div>
      <div className="why">
        <h3>{t('compare.whyTitle')}</h3>
        <ul>
          <li>{t('compare.why1')}</li>
          <li>{t('compare.why2')}</li>
          <li>{t('compare.why3')}</li>
        </ul>
      </div>
    </section>
  );
}
