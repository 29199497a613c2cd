// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewEChartProps } from '../../../../src/app/components/views/ViewEChart';
import { DivergingBarChart, gapRatio } from '../../../../src/app/components/views/DivergingBarChart';
import { categoriesOf, LineChart, type LineSeries } from '../../../../src/app/components/views/LineChart';
import { ProgressBars, progressPercent } from '../../../../src/app/components/views/ProgressBars';
import { renderWithProviders } from '../../../support/render';

const chart = vi.hoisted(() => ({ last: undefined as unknown as ViewEChartProps }));
vi.mock('../../../../src/app/components/views/ViewEChart', () => ({
  ViewEChart: (p: ViewEChartProps) => {
    chart.last = p;
    return <div role="img" aria-label={p.description} data-testid="echart" />;
  },
}));

afterEach(cleanup);

describe('DivergingBarChart', () => {
  const ROWS = [
    { key: '7', label: 'Pekerja pengolahan', supply: 320, demand: 100 },
    { key: '9', label: 'Pekerja kasar', supply: 45, demand: 0 },
  ];
  const pct = (el: Element | null, prop: 'width' | 'left' | 'right') => Number.parseFloat((el as HTMLElement).style[prop]);

  it('puts supply left of the centre and demand right, on one scale, with a ratio per row', () => {
    const onToggle = vi.fn();
    renderWithProviders(
      <DivergingBarChart
        rows={ROWS}
        title="Pasokan dan permintaan menurut golongan jabatan"
        unit="orang / posisi"
        supplyLabel="Pencari kerja"
        demandLabel="Lowongan"
        dim="kbji"
        categoryLabel="Golongan jabatan"
        selected={['9']}
        onToggle={onToggle}
        testId="diverging-kbji"
      />,
    );
    const [seven, nine] = [screen.getByTestId('bar-kbji-7'), screen.getByTestId('bar-kbji-9')];
    // one axis to 400 on each side: 320 fills 80% of the left half, 100 a quarter of the right
    const side = (row: HTMLElement, s: 'supply' | 'demand') => row.querySelector(`.bar-track--${s} .bar-fill`);
    expect([pct(side(seven, 'supply'), 'width'), pct(side(seven, 'demand'), 'width')]).toEqual([80, 25]);
    expect([pct(side(nine, 'supply'), 'width'), pct(side(nine, 'demand'), 'width')]).toEqual([11.25, 0]);
    // supply grows leftwards from the centre (anchored right), demand rightwards, striped
    expect(seven.querySelector('.bar-track--supply .bar-value')?.textContent).toBe('320');
    expect(pct(seven.querySelector('.bar-track--supply .bar-value'), 'right')).toBe(80);
    expect(pct(seven.querySelector('.bar-track--demand .bar-value'), 'left')).toBe(25);
    expect(side(seven, 'demand')?.className).toContain('bar-fill--striped');
    expect(side(seven, 'supply')?.className).not.toContain('bar-fill--striped');
    expect([seven, nine].map((r) => r.querySelector('.diverging-ratio')?.textContent)).toEqual(['rasio 3,2 : 1', 'tanpa permintaan']);
    // the axis is mirrored around 0 in the middle, labels without sign
    const ticks = Array.from(document.querySelectorAll<HTMLElement>('.bars-tick'));
    expect(ticks.map((t) => [t.textContent, pct(t, 'left')])).toEqual([
      ['400', 0],
      ['200', 25],
      ['0', 50],
      ['200', 75],
      ['400', 100],
    ]);
    expect(document.querySelector('.bars-gridline--zero')?.getAttribute('style')).toContain('left: 50%');
    expect(document.querySelector('.bars-axis-name')?.textContent).toBe('orang / posisi');
    // text alternative, names, selection and the numbers tests read
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toBe(
      'Pasokan dan permintaan menurut golongan jabatan (orang / posisi): Pekerja pengolahan: Pencari kerja 320, Lowongan 100, rasio 3,2 : 1; ' +
        'Pekerja kasar: Pencari kerja 45, Lowongan 0, tanpa permintaan.',
    );
    expect(within(screen.getByRole('group', { name: 'Pilih Golongan jabatan' })).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Pekerja kasar: Pencari kerja 45, Lowongan 0, tanpa permintaan', pressed: true })).toBe(nine);
    expect([seven.className, nine.className]).toEqual(['bar-item is-dimmed', 'bar-item is-chosen']);
    expect([nine.getAttribute('data-supply'), nine.getAttribute('data-demand'), nine.getAttribute('data-ratio')]).toEqual(['45', '0', '']);
    expect(seven.getAttribute('data-ratio')).toBe('3.2');
    expect(seven.querySelector('.category-detail')?.textContent).toBe('320 : 100 · rasio 3,2 : 1');
    act(() => {
      fireEvent.click(seven);
    });
    act(() => {
      fireEvent.click(nine);
    });
    expect(onToggle.mock.calls).toEqual([
      ['7', { multi: true }],
      ['9', { multi: true }],
    ]);
  });

  it('with three or more steps per side labels every other tick, keeping all gridlines', () => {
    const rows = [{ key: '3', label: 'Teknisi', supply: 2301, demand: 228 }];
    renderWithProviders(<DivergingBarChart rows={rows} title="T" unit="orang" supplyLabel="S" demandLabel="D" />);
    // axis to 3.000 each side, steps of 1.000
    expect(document.querySelectorAll('.bars-gridline')).toHaveLength(7);
    const ticks = Array.from(document.querySelectorAll<HTMLElement>('.bars-tick'));
    expect(ticks.map((t) => t.textContent)).toEqual(['2.000', '0', '2.000']);
    expect(ticks.map((t) => Number.parseFloat(t.style.left))).toEqual([
      expect.closeTo(50 - 100 / 3, 9),
      50,
      expect.closeTo(50 + 100 / 3, 9),
    ]);
    expect(Number.parseFloat((document.querySelector('.bar-track--supply .bar-fill') as HTMLElement).style.width)).toBeCloseTo((2301 / 3000) * 100, 9);
  });

  it('without onToggle the rows are plain and the bars are still drawn', () => {
    renderWithProviders(<DivergingBarChart rows={ROWS} title="T" unit="orang" supplyLabel="S" demandLabel="D" dim="kbji" />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(document.querySelectorAll('[data-testid^="bar-kbji-"]')).toHaveLength(0);
    expect(Array.from(document.querySelectorAll('.bar-item')).map((r) => r.getAttribute('data-supply'))).toEqual(['320', '45']);
  });

  it('gapRatio is supply per unit of demand, null without demand', () => {
    expect(gapRatio(320, 100)).toBeCloseTo(3.2);
    expect(gapRatio(5, 0)).toBeNull();
  });
});

describe('LineChart', () => {
  const SERIES: LineSeries[] = [
    { key: 'aktif', name: 'Pencari kerja aktif', points: [{ x: '2026-07', y: 2000 }, { x: '2026-09', y: 2100 }] },
    { key: 'miskin', name: 'Di antaranya desil 1–4', points: [{ x: '2026-07', y: 600 }, { x: '2026-08', y: null }, { x: '2026-09', y: 640 }] },
  ];

  it('keeps every month on the axis (gaps stay gaps) and styles each series differently', () => {
    renderWithProviders(<LineChart series={SERIES} title="Pencari kerja per bulan" unit="orang" target={{ value: 2500 }} />);
    const opt = chart.last.option as {
      xAxis: { data: string[]; axisLabel: { formatter(v: string): string } };
      series: Array<{ data: Array<number | null>; symbol: string; lineStyle: { type: unknown; color: string }; markLine?: { data: Array<{ yAxis: number }> } }>;
    };
    expect(opt.xAxis.data).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(opt.xAxis.axisLabel.formatter('2026-08')).toBe('Agu 2026');
    expect(opt.series[0].data).toEqual([2000, null, 2100]);
    expect(opt.series[1].data).toEqual([600, null, 640]);
    expect(opt.series.map((s) => [s.symbol, s.lineStyle.type])).toEqual([
      ['circle', 'solid'],
      ['rect', 'dashed'],
    ]);
    expect(opt.series[0].lineStyle.color).not.toBe(opt.series[1].lineStyle.color);
    expect(opt.series[0].markLine?.data).toEqual([{ yAxis: 2500 }]);
    expect(screen.getByText('Target: 2.500 orang')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Pencari kerja per bulan (orang): Pencari kerja aktif dari 2.000 orang (Jul 2026) menjadi 2.100 orang (Sep 2026); ' +
        'Di antaranya desil 1–4 dari 600 orang (Jul 2026) menjadi 640 orang (Sep 2026).',
    );
    // Without onToggleSeries the legend is plain text.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('legend buttons toggle series; hidden series are not drawn', () => {
    const onToggleSeries = vi.fn();
    renderWithProviders(<LineChart series={SERIES} title="T" unit="orang" hidden={['aktif']} onToggleSeries={onToggleSeries} />);
    const group = screen.getByRole('group', { name: 'Seri data' });
    expect(within(group).getAllByRole('button').map((b) => [b.getAttribute('data-testid'), b.getAttribute('aria-pressed')])).toEqual([
      ['series-aktif', 'false'],
      ['series-miskin', 'true'],
    ]);
    const opt = chart.last.option as { series: Array<{ name: string; lineStyle: { type: unknown } }> };
    // The visible series keeps its own style (dashed) although it is now the only one.
    expect(opt.series.map((s) => [s.name, s.lineStyle.type])).toEqual([['Di antaranya desil 1–4', 'dashed']]);
    act(() => {
      fireEvent.click(screen.getByTestId('series-aktif'));
    });
    expect(onToggleSeries).toHaveBeenCalledWith('aktif');
  });

  it('categoriesOf keeps first-seen order for categories', () => {
    expect(categoriesOf([{ key: 'a', name: 'a', points: [{ x: 'Q3', y: 1 }, { x: 'Q1', y: 2 }] }], 'category')).toEqual(['Q3', 'Q1']);
    expect(categoriesOf([], 'month')).toEqual([]);
  });
});

describe('ProgressBars', () => {
  const ROWS = [
    { key: '64.74.02', label: 'Bontang Selatan', value: 5000, target: 5000, dateText: 'Selesai 12 Maret 2026' },
    { key: '64.74.01', label: 'Bontang Utara', value: 1234, target: 4000 },
    { key: '64.74.03', label: 'Bontang Barat', value: 10, target: 0 },
  ];

  it('shows percent, counts and date per area; rows are toggle buttons when onSelect is given', () => {
    const onSelect = vi.fn();
    renderWithProviders(<ProgressBars rows={ROWS} unit="KK" label="Verifikasi per kecamatan" selected="64.74.01" onSelect={onSelect} />);
    expect(screen.getByTestId('progress-pct-64.74.02').textContent).toBe('100,0% ✓ Selesai');
    expect(screen.getByTestId('progress-pct-64.74.01').textContent).toBe('30,9%');
    expect(screen.getByTestId('progress-pct-64.74.03').textContent).toBe('Belum ada target');
    expect(screen.getByTestId('progress-64.74.02').textContent).toContain('5.000 dari 5.000 KK · Selesai 12 Maret 2026');
    expect(screen.getByTestId('progress-64.74.01').getAttribute('data-value')).toBe('1234');
    expect(screen.getByTestId('progress-64.74.01').getAttribute('data-target')).toBe('4000');
    const utara = within(screen.getByTestId('progress-64.74.01')).getByRole('button');
    expect(utara.getAttribute('aria-pressed')).toBe('true');
    act(() => {
      fireEvent.click(within(screen.getByTestId('progress-64.74.02')).getByRole('button'));
    });
    expect(onSelect).toHaveBeenCalledWith('64.74.02');
    expect(screen.getByRole('list', { name: 'Verifikasi per kecamatan' })).toBeTruthy();
  });

  it('without onSelect the rows are not buttons; progressPercent does not clamp', () => {
    renderWithProviders(<ProgressBars rows={ROWS} unit="KK" label="L" />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(progressPercent(6000, 5000)).toBe(120);
    expect(progressPercent(1, 0)).toBeNull();
  });
});
