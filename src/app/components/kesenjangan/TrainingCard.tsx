import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { kesenjanganPelatihan, type KesenjanganParams, type Permintaan } from '../../../core/indicators/kesenjangan';
import { COLOURS } from '../charts/palette';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { CategoryButtons, ChartCard, ViewEChart, type ChartItemEvent } from '../views';
import { AXIS_STYLE, barItemStyle, escapeHtml, STRIPES_DECAL } from '../views/chart-options';
import { golonganLabel } from './labels';

type Key = 'lulus' | 'bersertifikat' | 'ditempatkan' | 'posisi';

/**
 * Training output (passed, certified, placed) of programmes finished in the last 12 months, per
 * KBJI major group, next to the group's vacancy positions (the chosen demand measure); job
 * seekers in the table and tooltip. Click or button = select the group.
 */
export function TrainingCard(props: { view: ViewState; params: KesenjanganParams; permintaan: Permintaan; windowText: string; span?: 1 | 2 }) {
  const { view, params, permintaan, windowText, span = 1 } = props;
  const { t } = useTranslation('kesenjangan');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const q = useIndicator(kesenjanganPelatihan, params);
  const twelve = permintaan === 'dibuka12';
  const data = useMemo(
    () =>
      (q.data ?? []).map((r) => ({
        ...r,
        label: golonganLabel(r.kbji_golongan, r.nama, t),
        demand: twelve ? r.posisi_12bln : r.posisi,
      })),
    [q.data, twelve, t],
  );
  const selected = view.selections.kbji ?? [];
  const selectedKey = selected.join('\u0000');
  const series: Array<{ key: Key; name: string; colour: string; striped?: boolean }> = useMemo(
    () => [
      { key: 'lulus', name: t('pelatihan.lulus'), colour: COLOURS.sky },
      { key: 'bersertifikat', name: t('pelatihan.bersertifikat'), colour: COLOURS.green },
      { key: 'ditempatkan', name: t('pelatihan.ditempatkan'), colour: COLOURS.blue },
      { key: 'posisi', name: twelve ? t('labels.demand12') : t('labels.demandTerbuka'), colour: COLOURS.orange, striped: true },
    ],
    [t, twelve],
  );
  const detail = useCallback(
    (r: (typeof data)[number]) =>
      t('pelatihan.detail', {
        lulus: fmt.number(r.lulus),
        ditempatkan: fmt.number(r.ditempatkan),
        posisi: fmt.number(r.demand),
        pencaker: fmt.number(r.pencaker),
      }),
    [t, fmt],
  );

  const option = useMemo<EChartsCoreOption>(() => {
    const chosen = new Set(selected);
    const any = chosen.size > 0;
    return {
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 36, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (p: unknown) => {
          const list = (Array.isArray(p) ? p : [p]) as Array<{ dataIndex: number }>;
          const r = data[list[0]?.dataIndex ?? -1];
          if (!r) return '';
          return `<strong>${escapeHtml(r.label)}</strong><br/>${escapeHtml(detail(r))}`;
        },
      },
      xAxis: {
        ...AXIS_STYLE,
        type: 'value',
        min: 0,
        name: t('units.orangPosisi'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { color: COLOURS.muted, formatter: (v: number) => fmt.number(v) },
      },
      yAxis: {
        ...AXIS_STYLE,
        type: 'category',
        inverse: true,
        data: data.map((r) => r.label),
        splitLine: { show: false },
        axisLabel: { color: COLOURS.ink, width: 150, overflow: 'truncate' },
      },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 9,
        barGap: '15%',
        label: { show: true, position: 'right', color: COLOURS.ink, fontSize: 10, formatter: (p: { value: number }) => (p.value ? fmt.number(p.value) : '') },
        data: data.map((r) => ({
          value: s.key === 'posisi' ? r.demand : r[s.key],
          itemStyle: barItemStyle(s.colour, chosen.has(r.kbji_golongan), any, s.striped ? { decal: STRIPES_DECAL } : {}),
        })),
      })),
    };
    // selectedKey stands for `selected`.
  }, [data, series, selectedKey, t, fmt, detail]);

  const description = `${t('pelatihan.title')}: ${data.map((r) => `${r.label}: ${detail(r)}`).join('; ')}.`;
  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const r = data[e.dataIndex];
      if (r) view.toggle('kbji', r.kbji_golongan, { multi: e.multi });
    },
    [data, view],
  );

  return (
    <ChartCard
      title={t('pelatihan.title')}
      subtitle={t('pelatihan.subtitle', { period: windowText })}
      info={kesenjanganPelatihan}
      query={q}
      testId={`chart-${kesenjanganPelatihan.id}`}
      span={span}
      footer={t('pelatihan.note')}
      table={{
        columns: [
          { key: 'label', label: t('labels.golongan') },
          { key: 'program', label: t('pelatihan.colProgram') },
          { key: 'peserta', label: t('pelatihan.colPeserta') },
          { key: 'lulus', label: t('pelatihan.colLulus') },
          { key: 'bersertifikat', label: t('pelatihan.colSertifikat') },
          { key: 'ditempatkan', label: t('pelatihan.colDitempatkan') },
          { key: 'pencaker', label: t('pelatihan.colPencaker') },
          { key: 'posisi', label: t('labels.demandTerbuka') },
          { key: 'posisi_12bln', label: t('labels.demand12') },
        ],
        rows: data,
        rowKey: (r) => r.kbji_golongan,
      }}
    >
      <ul className="series-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`swatch${s.striped ? ' swatch--striped' : ''}`} style={{ background: s.colour }} />
            {s.name}
          </li>
        ))}
      </ul>
      <ViewEChart option={option} description={description} height={Math.max(180, data.length * 44 + 56)} onItemClick={onItemClick} />
      <CategoryButtons
        items={data.map((r) => ({ key: r.kbji_golongan, label: r.label, detail: detail(r) }))}
        selected={selected}
        onToggle={(key, o) => view.toggle('kbji', key, o)}
        label={tc('views.bar.buttons', { subject: t('pelatihan.category') })}
        dim="kbji"
        testIdPrefix="training"
      />
    </ChartCard>
  );
}
