// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewEChartProps } from '../../../../src/app/components/views/ViewEChart';
import { BarChart, type BarRow } from '../../../../src/app/components/views/BarChart';
import { FADED_OPACITY } from '../../../../src/app/components/views/colours';
import { renderWithProviders } from '../../../support/render';
import { harnessRoutes } from './harness';

// ECharts is replaced by a plain element; the last props are kept so tests can read the option
// and fire an item click as ECharts would.
const chart = vi.hoisted(() => ({ last: undefined as unknown as ViewEChartProps }));
vi.mock('../../../../src/app/components/views/ViewEChart', () => ({
  ViewEChart: (p: ViewEChartProps) => {
    chart.last = p;
    return <div role="img" aria-label={p.description} data-testid="echart" />;
  },
}));

afterEach(cleanup);

const ROWS: BarRow[] = [
  { key: 'SMA', label: 'SMA/Sederajat', value: 1234 },
  { key: 'SMK', label: 'SMK', value: 56 },
  { key: 'S1', label: 'S1', value: 7 },
];

type Item = { value: number; itemStyle: { opacity: number; borderWidth: number } };
const bars = () => (chart.last.option as { series: Array<{ data: Item[] }> }).series[0].data;

describe('BarChart', () => {
  it('renders one keyboard toggle per category with aria-pressed and calls onToggle (multi) on click', () => {
    const onToggle = vi.fn();
    renderWithProviders(
      <BarChart rows={ROWS} dim="pend" title="Pencari kerja menurut pendidikan" unit="orang" categoryLabel="Pendidikan" selected={['SMK']} onToggle={onToggle} />,
    );
    const group = screen.getByRole('group', { name: 'Pilih Pendidikan' });
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons.map((b) => [b.getAttribute('data-testid'), b.getAttribute('aria-pressed'), b.textContent])).toEqual([
      ['bar-pend-SMA', 'false', 'SMA/Sederajat1.234 orang'],
      ['bar-pend-SMK', 'true', '✓SMK56 orang'],
      ['bar-pend-S1', 'false', 'S17 orang'],
    ]);
    expect(buttons.map((b) => b.getAttribute('data-value'))).toEqual(['1234', '56', '7']);
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-S1'));
    });
    expect(onToggle).toHaveBeenCalledWith('S1', { multi: true });
  });

  it('highlights the selected bars, fades the others, and describes the values in id-ID', () => {
    renderWithProviders(<BarChart rows={ROWS} dim="pend" title="Pencari kerja menurut pendidikan" unit="orang" selected={['SMK']} onToggle={() => {}} />);
    expect(bars().map((b) => [b.value, b.itemStyle.opacity, b.itemStyle.borderWidth])).toEqual([
      [1234, FADED_OPACITY, 0],
      [56, 1, 2],
      [7, FADED_OPACITY, 0],
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Pencari kerja menurut pendidikan (orang): SMA/Sederajat 1.234 orang; SMK 56 orang; S1 7 orang.',
    );
    const opt = chart.last.option as { xAxis: { name: string; axisLabel: { formatter(v: number): string } } };
    expect(opt.xAxis.name).toBe('orang');
    expect(opt.xAxis.axisLabel.formatter(12500)).toBe('12.500');
  });

  it('with nothing selected no bar is faded; a bar click passes the modifier state', () => {
    const onToggle = vi.fn();
    renderWithProviders(<BarChart rows={ROWS} dim="pend" title="T" unit="orang" onToggle={onToggle} />);
    expect(bars().every((b) => b.itemStyle.opacity === 1)).toBe(true);
    act(() => chart.last.onItemClick?.({ dataIndex: 1, multi: false }));
    act(() => chart.last.onItemClick?.({ dataIndex: 2, multi: true }));
    expect(onToggle.mock.calls).toEqual([
      ['SMK', { multi: false }],
      ['S1', { multi: true }],
    ]);
  });

  it('without onToggle there are no buttons and no click handler', () => {
    renderWithProviders(<BarChart rows={ROWS} title="T" unit="%" />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(chart.last.onItemClick).toBeUndefined();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('T (%): SMA/Sederajat 1.234,0%; SMK 56,0%; S1 7,0%.');
  });

  it('cross-filters through the URL: a bar click selects only that value, buttons add more, aria-pressed follows', () => {
    const r = renderWithProviders(null, {
      route: '/pengangguran?periode=2026-10&pilih.jk=P',
      routes: harnessRoutes((v) => (
        <BarChart
          rows={ROWS}
          dim="pend"
          title="T"
          unit="orang"
          selected={v.selections.pend}
          onToggle={(key, opts) => v.toggle('pend', key, opts)}
        />
      )),
    });
    act(() => chart.last.onItemClick?.({ dataIndex: 0, multi: false }));
    expect(r.location().search).toBe('?periode=2026-10&pilih.jk=P&pilih.pend=SMA');
    expect(screen.getByTestId('bar-pend-SMA').getAttribute('aria-pressed')).toBe('true');
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-SMK'));
    });
    expect(r.location().search).toBe('?periode=2026-10&pilih.jk=P&pilih.pend=SMA,SMK');
    expect(screen.getByTestId('bar-pend-SMK').getAttribute('aria-pressed')).toBe('true');
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-SMA'));
    });
    expect(screen.getByTestId('bar-pend-SMA').getAttribute('aria-pressed')).toBe('false');
    expect(JSON.parse(screen.getByTestId('params').textContent ?? '{}').pilih).toEqual({ jk: ['P'], pend: ['SMK'] });
  });
});
