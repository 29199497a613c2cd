import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { KUOTA_LOKAL_MIN_PERSEN, KUOTA_LOKAL_PERSEN, kesenjanganLokalSektor, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { COLOURS } from '../charts/palette';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { CategoryButtons, ChartCard, ViewEChart, type ChartItemEvent } from '../views';
import { AXIS_STYLE, barItemStyle, escapeHtml, STRIPES_DECAL } from '../views/chart-options';
import { sektorLabel } from './labels';

/**
 * Local-worker share by KBLI section (harmonised to 2020) as bars against two vertical lines: the
 * 75% quota of Perda 10/2018 and the 70% other sources cite. Sectors below 75% are striped (not
 * only coloured). Click or button = select the sector (filters the company and project lists).
 */
export function SectorLocalCard({ view, params }: { view: ViewState; params: KesenjanganParams }) {
  const { t } = useTranslation('kesenjangan');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const q = useIndicator(kesenjanganLokalSektor, params);
  const data = useMemo(() => (q.data ?? []).map((r) => ({ ...r, label: sektorLabel(r.kbli_seksi, r.nama, t) })), [q.data, t]);
  const selected = view.selections.kbli ?? [];
  const selectedKey = selected.join('\u0000');
  const n2025 = data.reduce((s, r) => s + r.perusahaan_kbli2025, 0);

  const option = useMemo<EChartsCoreOption>(() => {
    const chosen = new Set(selected);
    const any = chosen.size > 0;
    return {
      animation: false,
      grid: { left: 8, right: 56, top: 28, bottom: 36, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{ dataIndex: number }>;
          const r = data[list[0]?.dataIndex ?? -1];
          if (!r) return '';
          return `<strong>${escapeHtml(r.label)}</strong><br/>${escapeHtml(
            t('sektor.detail', { persen: r.persen == null ? '–' : fmt.percent(r.persen), perusahaan: fmt.number(r.perusahaan), bawah: fmt.number(r.di_bawah_kuota) }),
          )}`;
        },
      },
      xAxis: {
        ...AXIS_STYLE,
        type: 'value',
        min: 0,
        max: 100,
        name: t('units.persen'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { color: COLOURS.muted, formatter: (v: number) => `${fmt.number(v)}%` },
      },
      yAxis: {
        ...AXIS_STYLE,
        type: 'category',
        inverse: true,
        data: data.map((r) => r.label),
        splitLine: { show: false },
        axisLabel: { color: COLOURS.ink, width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('sektor.title'),
          barMaxWidth: 22,
          label: { show: true, position: 'right', color: COLOURS.ink, fontSize: 11, formatter: (p: { value: number }) => fmt.percent(p.value) },
          data: data.map((r) => {
            const below = r.persen != null && r.persen < KUOTA_LOKAL_PERSEN;
            return {
              value: r.persen ?? 0,
              itemStyle: barItemStyle(below ? COLOURS.vermillion : COLOURS.blue, chosen.has(r.kbli_seksi), any, below ? { decal: STRIPES_DECAL } : {}),
            };
          }),
          markLine: {
            silent: true,
            symbol: 'none',
            // the category axis is inverted, so 'start' is the top of the line; 70 and 75 sit close, so one label goes left, one right
            data: [
              {
                xAxis: KUOTA_LOKAL_PERSEN,
                lineStyle: { color: COLOURS.ink, type: 'solid', width: 2 },
                label: { position: 'start', align: 'left', color: COLOURS.ink, fontSize: 11, formatter: `${fmt.number(KUOTA_LOKAL_PERSEN)}%` },
              },
              {
                xAxis: KUOTA_LOKAL_MIN_PERSEN,
                lineStyle: { color: COLOURS.muted, type: 'dashed', width: 1.5 },
                label: { position: 'start', align: 'right', color: COLOURS.muted, fontSize: 11, formatter: `${fmt.number(KUOTA_LOKAL_MIN_PERSEN)}%` },
              },
            ],
          },
        },
      ],
    };
    // selectedKey stands for `selected`.
  }, [data, selectedKey, t, fmt]);

  const description = `${t('sektor.title')}: ${data
    .map((r) => `${r.label} ${r.persen == null ? '–' : fmt.percent(r.persen)}`)
    .join('; ')}. ${t('sektor.quota75')}; ${t('sektor.quota70')}.`;
  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const r = data[e.dataIndex];
      if (r) view.toggle('kbli', r.kbli_seksi, { multi: e.multi });
    },
    [data, view],
  );
  const pct = (v: unknown) => (v == null ? '–' : fmt.percent(v as number));

  return (
    <ChartCard
      title={t('sektor.title')}
      subtitle={t('sektor.subtitle')}
      info={kesenjanganLokalSektor}
      query={q}
      testId={`chart-${kesenjanganLokalSektor.id}`}
      footer={
        <>
          <p>{t('sektor.quotaNote')}</p>
          {n2025 > 0 ? <p>{t('sektor.kbliNote', { n: fmt.number(n2025) })}</p> : null}
        </>
      }
      table={{
        columns: [
          { key: 'label', label: t('labels.sektor') },
          { key: 'perusahaan', label: t('sektor.colPerusahaan') },
          { key: 'pekerja', label: t('sektor.colPekerja') },
          { key: 'lokal', label: t('sektor.colLokal') },
          { key: 'persen', label: t('sektor.colPersen'), format: pct },
          { key: 'di_bawah_kuota', label: t('sektor.colBawah75') },
          { key: 'di_bawah_70', label: t('sektor.colBawah70') },
          { key: 'perusahaan_kbli2025', label: t('sektor.colKbli2025') },
        ],
        rows: data,
        rowKey: (r) => r.kbli_seksi,
      }}
    >
      <ul className="series-legend" aria-hidden="true">
        <li>
          <span className="legend-line" /> {t('sektor.quota75')}
        </li>
        <li>
          <span className="legend-line legend-line--dashed" /> {t('sektor.quota70')}
        </li>
        <li>
          <span className="swatch swatch--striped" style={{ background: COLOURS.vermillion }} /> {t('sektor.belowQuota')}
        </li>
      </ul>
      <ViewEChart option={option} description={description} height={Math.max(160, data.length * 30 + 72)} onItemClick={onItemClick} />
      <CategoryButtons
        items={data.map((r) => ({
          key: r.kbli_seksi,
          label: r.label,
          detail: r.persen == null ? '–' : fmt.percent(r.persen),
        }))}
        selected={selected}
        onToggle={(key, o) => view.toggle('kbli', key, o)}
        label={tc('views.bar.buttons', { subject: t('sektor.category') })}
        dim="kbli"
      />
    </ChartCard>
  );
}
