// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChart, type BarRow } from '../../../../src/app/components/views/BarChart';
import { renderWithProviders } from '../../../support/render';
import { harnessRoutes } from './harness';

// Every render of a row writes its data attributes once: counting the calls counts row renders.
const rowRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/app/components/views/bar-parts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/app/components/views/bar-parts')>();
  return {
    ...real,
    dataAttributes: (data: Parameters<typeof real.dataAttributes>[0]) => {
      rowRenders.count++;
      return real.dataAttributes(data);
    },
  };
});

afterEach(cleanup);

const ROWS: BarRow[] = [
  { key: 'SMA', label: 'SMA/Sederajat', value: 1234 },
  { key: 'SMK', label: 'SMK', value: 56 },
  { key: 'S1', label: 'S1', value: 7 },
];

/** Percent of the axis a bar element covers, from its inline style (width, or height when vertical). */
const pct = (el: Element, prop: 'width' | 'height' | 'left' | 'bottom' = 'width') => Number.parseFloat((el as HTMLElement).style[prop]);
const rowsOf = (root: HTMLElement | Document = document) => Array.from(root.querySelectorAll<HTMLElement>('.bar-item'));
const fills = (row: Element) => Array.from(row.querySelectorAll<HTMLElement>('.bar-fill'));

describe('BarChart', () => {
  it('makes every category row a toggle button with aria-pressed, its value as name, and calls onToggle (multi) on click', () => {
    const onToggle = vi.fn();
    renderWithProviders(
      <BarChart rows={ROWS} dim="pend" title="Pencari kerja menurut pendidikan" unit="orang" categoryLabel="Pendidikan" selected={['SMK']} onToggle={onToggle} />,
    );
    const group = screen.getByRole('group', { name: 'Pilih Pendidikan' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.getAttribute('data-testid'), b.getAttribute('aria-pressed'), b.getAttribute('type'), b.textContent])).toEqual([
      ['bar-pend-SMA', 'false', 'button', 'SMA/Sederajat1.234 orang'],
      ['bar-pend-SMK', 'true', 'button', 'SMK56 orang'],
      ['bar-pend-S1', 'false', 'button', 'S17 orang'],
    ]);
    // accessible name: label and value in id-ID
    expect(screen.getByRole('button', { name: 'SMA/Sederajat: 1.234 orang', pressed: false })).toBe(buttons[0]);
    expect(screen.getByRole('button', { name: 'SMK: 56 orang', pressed: true })).toBe(buttons[1]);
    expect(buttons.map((b) => [b.getAttribute('data-value'), b.getAttribute('data-secondary')])).toEqual([
      ['1234', ''],
      ['56', ''],
      ['7', ''],
    ]);
    // the numbers the page tests read
    expect(buttons.map((b) => b.querySelector('.category-detail')?.textContent)).toEqual(['1.234 orang', '56 orang', '7 orang']);
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-S1'));
    });
    expect(onToggle.mock.calls).toEqual([['S1', { multi: true }]]);
    // the separate button list is gone: one element per category
    expect(document.querySelectorAll('[data-testid^="bar-pend-"]')).toHaveLength(3);
    expect(document.querySelector('.category-buttons')).toBeNull();
  });

  it('sizes bars in proportion to the values on a nice axis with id-ID ticks and the unit as axis name', () => {
    renderWithProviders(<BarChart rows={ROWS} dim="pend" title="T" unit="orang" testId="bars" />);
    const widths = rowsOf().map((r) => pct(fills(r)[0]));
    // 1.234 on an axis to 1.500 (ticks every 500)
    expect(widths[0]).toBeCloseTo((1234 / 1500) * 100, 6);
    expect(widths[0] / widths[1]).toBeCloseTo(1234 / 56, 6);
    expect(widths[1] / widths[2]).toBeCloseTo(56 / 7, 6);
    const ticks = Array.from(document.querySelectorAll<HTMLElement>('.bars-tick'));
    expect(ticks.map((t) => [t.textContent, pct(t, 'left')])).toEqual([
      ['0', 0],
      ['500', (500 / 1500) * 100],
      ['1.000', (1000 / 1500) * 100],
      ['1.500', 100],
    ]);
    expect(document.querySelectorAll('.bars-gridline')).toHaveLength(4);
    expect(document.querySelector('.bars-axis-name')?.textContent).toBe('orang');
    // value labels sit at the end of each bar
    expect(rowsOf().map((r) => pct(r.querySelector('.bar-value')!, 'left'))).toEqual(widths);
    // long labels are cut by CSS; the full text stays in the title
    expect(rowsOf()[0].querySelector('.bar-label')?.getAttribute('title')).toBe('SMA/Sederajat');
  });

  it('outlines the chosen bars, fades the others, and describes the values in id-ID', () => {
    renderWithProviders(<BarChart rows={ROWS} dim="pend" title="Pencari kerja menurut pendidikan" unit="orang" selected={['SMK']} onToggle={() => {}} />);
    expect(rowsOf().map((r) => r.className)).toEqual(['bar-item is-dimmed', 'bar-item is-chosen', 'bar-item is-dimmed']);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')?.textContent).toBe(
      'Pencari kerja menurut pendidikan (orang): SMA/Sederajat 1.234 orang; SMK 56 orang; S1 7 orang.',
    );
  });

  it('with nothing chosen no bar is faded', () => {
    renderWithProviders(<BarChart rows={ROWS} dim="pend" title="T" unit="orang" onToggle={() => {}} />);
    expect(rowsOf().map((r) => r.className)).toEqual(['bar-item', 'bar-item', 'bar-item']);
    expect(screen.getAllByRole('button').every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('without onToggle the rows are not interactive and have no test ids; percent values in id-ID', () => {
    renderWithProviders(<BarChart rows={ROWS} title="T" unit="%" />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(rowsOf().map((r) => [r.tagName, r.getAttribute('data-testid'), r.getAttribute('data-value')])).toEqual([
      ['DIV', null, '1234'],
      ['DIV', null, '56'],
      ['DIV', null, '7'],
    ]);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toBe('T (%): SMA/Sederajat 1.234,0%; SMK 56,0%; S1 7,0%.');
    expect(rowsOf().map((r) => r.querySelector('.bar-value')?.textContent)).toEqual(['1.234,0%', '56,0%', '7,0%']);
  });

  it('uses valueFormat for bar labels and axisFormat for ticks', () => {
    renderWithProviders(
      <BarChart
        rows={[
          { key: 'a', label: 'A', value: 41.25 },
          { key: 'b', label: 'B', value: 12.5 },
        ]}
        title="T"
        unit="%"
        valueFormat={(v) => `${v.toLocaleString('id-ID', { minimumFractionDigits: 2 })} %`}
        axisFormat={(v) => `${v}%`}
      />,
    );
    expect(rowsOf().map((r) => r.querySelector('.bar-value')?.textContent)).toEqual(['41,25 %', '12,50 %']);
    expect(Array.from(document.querySelectorAll('.bars-tick')).map((t) => t.textContent)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%']);
  });

  it('draws a secondary value beside the value, striped, with a legend and both values in the name', () => {
    const rows: BarRow[] = [
      { key: '64.74.01', label: 'Bontang Utara', value: 80, secondary: 40 },
      { key: '64.74.02', label: 'Bontang Selatan', value: 20, secondary: 10 },
    ];
    renderWithProviders(
      <BarChart
        rows={rows}
        title="Tautan"
        unit="%"
        dim="wilayah"
        onToggle={() => {}}
        stacked={false}
        seriesNames={{ value: 'Aktif', secondary: 'Terdaftar' }}
        valueFormat={(v) => `${v}%`}
      />,
    );
    const [utara] = rowsOf();
    const [a, b] = fills(utara);
    expect(a.className).toBe('bar-fill bar-fill--lane0');
    expect(b.className).toContain('bar-fill--striped');
    expect(b.className).toContain('bar-fill--lane1');
    // axis to 80: both bars start at 0, the secondary is half as long
    expect([pct(a), pct(b), pct(a, 'left'), pct(b, 'left')]).toEqual([100, 50, 0, 0]);
    expect(Array.from(utara.querySelectorAll('.bar-value')).map((v) => v.textContent)).toEqual(['80%', '40%']);
    expect(utara.getAttribute('aria-label')).toBe('Bontang Utara: Aktif 80%, Terdaftar 40%');
    expect(utara.getAttribute('data-secondary')).toBe('40');
    const legend = document.querySelector('.series-legend')!;
    expect(legend.textContent).toBe('AktifTerdaftar');
    expect(legend.querySelectorAll('.swatch--striped')).toHaveLength(1);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toBe(
      'Tautan (%): Bontang Utara 80% (Terdaftar 40%); Bontang Selatan 20% (Terdaftar 10%).',
    );
  });

  it('stacks the secondary on the value by default: the striped part starts where the value ends, the label gives the total', () => {
    const rows: BarRow[] = [
      { key: 'a', label: 'A', value: 300, secondary: 100 },
      { key: 'b', label: 'B', value: 50, secondary: 150 },
    ];
    renderWithProviders(<BarChart rows={rows} title="T" unit="orang" seriesNames={{ value: 'Jabatan', secondary: 'Keterampilan' }} />);
    const [a, b] = rowsOf();
    const [a1, a2] = fills(a);
    // axis to 400
    expect([pct(a1, 'left'), pct(a1), pct(a2, 'left'), pct(a2)]).toEqual([0, 75, 75, 25]);
    expect(a2.className).toContain('bar-fill--striped');
    expect(a1.className).not.toContain('bar-fill--striped');
    const [b1, b2] = fills(b);
    expect([pct(b1), pct(b2, 'left'), pct(b2)]).toEqual([12.5, 12.5, 37.5]);
    expect([a, b].map((r) => [r.querySelector('.bar-value')?.textContent, pct(r.querySelector('.bar-value')!, 'left')])).toEqual([
      ['400 orang', 100],
      ['200 orang', 50],
    ]);
  });

  it('vertical: columns sized by height on a nice axis, short labels under them, per-row colour and stripes', () => {
    const rows: BarRow[] = [
      { key: '1', label: 'Desil 1', shortLabel: '1', value: 792, colour: '#D55E00', striped: true, valueText: '792 orang (5,6%)', data: { persen: 5.6 } },
      { key: '5', label: 'Desil 5', shortLabel: '5', value: 396, colour: '#0072B2', valueText: '396 orang (2,8%)', data: { persen: 2.8 } },
    ];
    const onToggle = vi.fn();
    renderWithProviders(
      <BarChart rows={rows} title="Desil" unit="orang" dim="desil" categoryLabel="Desil DTSEN" orientation="vertical" height={240} onToggle={onToggle} valueFormat={(v) => String(v)} />,
    );
    const figure = screen.getByRole('figure');
    expect(figure.className).toContain('bars--vertical');
    expect(figure.style.getPropertyValue('--plot-h')).toBe('240px');
    const [one, five] = rowsOf();
    // axis to 800 (ticks every 200)
    expect(pct(fills(one)[0], 'height')).toBeCloseTo(99, 6);
    expect(pct(fills(five)[0], 'height')).toBeCloseTo(49.5, 6);
    expect(Array.from(document.querySelectorAll<HTMLElement>('.bars-tick')).map((t) => [t.textContent, pct(t, 'bottom')])).toEqual([
      ['0', 0],
      ['200', 25],
      ['400', 50],
      ['600', 75],
      ['800', 100],
    ]);
    expect([one, five].map((r) => [r.querySelector('.bar-label')?.textContent, r.querySelector('.bar-label')?.getAttribute('title')])).toEqual([
      ['1', 'Desil 1'],
      ['5', 'Desil 5'],
    ]);
    expect(fills(one)[0].style.backgroundColor).toBe('rgb(213, 94, 0)');
    expect(fills(one)[0].className).toContain('bar-fill--striped');
    expect(fills(five)[0].className).not.toContain('bar-fill--striped');
    expect(one.getAttribute('aria-label')).toBe('Desil 1: 792 orang (5,6%)');
    expect(one.querySelector('.category-detail')?.textContent).toBe('792');
    expect([one.getAttribute('data-value'), one.getAttribute('data-persen')]).toEqual(['792', '5.6']);
    expect(figure.querySelector('.bars-axis-name--x')?.textContent).toBe('Desil DTSEN');
    expect(figure.querySelector('.bars-axis-name--y')?.textContent).toBe('orang');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Desil (orang): Desil 1 792 orang (5,6%); Desil 5 396 orang (2,8%).');
    act(() => {
      fireEvent.click(five);
    });
    expect(onToggle).toHaveBeenCalledWith('5', { multi: true });
  });

  it('a click re-renders only the rows whose state changed; a new onToggle from the caller re-renders none', () => {
    const calls: Array<[number, string]> = [];
    function Host() {
      const [selected, setSelected] = useState<string[]>([]);
      const [round, setRound] = useState(0);
      return (
        <>
          <BarChart
            rows={ROWS}
            dim="pend"
            title="T"
            unit="orang"
            selected={selected}
            // a new arrow function on every render, as call sites write it
            onToggle={(key) => {
              calls.push([round, key]);
              setSelected((s) => (s.includes(key) ? s.filter((k) => k !== key) : [...s, key]));
            }}
          />
          <button type="button" onClick={() => setRound((n) => n + 1)}>
            again
          </button>
        </>
      );
    }
    rowRenders.count = 0;
    renderWithProviders(<Host />);
    expect(rowRenders.count).toBe(3);
    rowRenders.count = 0;
    // the first choice changes every row (chosen, or faded)
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-SMK'));
    });
    expect(rowRenders.count).toBe(3);
    rowRenders.count = 0;
    act(() => {
      fireEvent.click(screen.getByText('again'));
    });
    expect(rowRenders.count).toBe(0);
    // a second choice changes one row only, and goes to the latest onToggle
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-S1'));
    });
    expect(rowRenders.count).toBe(1);
    expect(calls).toEqual([
      [0, 'SMK'],
      [1, 'S1'],
    ]);
    expect(rowsOf().map((r) => r.className)).toEqual(['bar-item is-dimmed', 'bar-item is-chosen', 'bar-item is-chosen']);
  });

  it('cross-filters through the URL: each row click adds or removes its value, aria-pressed follows', () => {
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
    act(() => {
      fireEvent.click(screen.getByTestId('bar-pend-SMA'));
    });
    expect(r.location().search).toBe('?periode=2026-10&pilih.jk=P&pilih.pend=SMA');
    expect(screen.getByTestId('bar-pend-SMA').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('bar-pend-SMK').className).toBe('bar-item is-dimmed');
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
