// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiCard, type KpiCardProps } from '../../../src/app/components/kpi/KpiCard';
import { computeChange } from '../../../src/app/components/kpi/kpi-change';
import { renderWithProviders } from '../../support/render';

afterEach(cleanup);

const base: KpiCardProps = {
  indicatorId: 'pencakerAktifBulanan',
  label: 'Pencari kerja aktif',
  definition: 'Jumlah orang berbeda dengan kartu AK1 aktif.',
  source: 'Disnaker Kota Bontang',
  kind: 'count',
  unit: 'orang',
  value: 1234,
  previous: 1200,
  previousMonth: '2026-09',
  goodDirection: 'down',
  status: 'ready',
};

function card(id = 'pencakerAktifBulanan') {
  return screen.getByTestId(`kpi-${id}`);
}

describe('KpiCard', () => {
  it('shows the value in id-ID format with the raw number in data-value', () => {
    renderWithProviders(<KpiCard {...base} />);
    const value = within(card()).getByTestId('kpi-value');
    expect(value.textContent).toBe('1.234 orang');
    expect(value.getAttribute('data-value')).toBe('1234');
    expect(within(card()).getByRole('heading', { name: 'Pencari kerja aktif' })).toBeTruthy();
  });

  it('says how much the value rose since the previous month, and that this is worse', () => {
    renderWithProviders(<KpiCard {...base} />);
    const change = within(card()).getByTestId('kpi-change');
    expect(change.textContent).toBe('▲ naik 34 dari September 2026 (memburuk)');
    expect(change.className).toContain('kpi-change--bad');
    expect(change.getAttribute('data-direction')).toBe('up');
  });

  it('formats percentages with a comma and the change in percentage points', () => {
    renderWithProviders(
      <KpiCard {...base} indicatorId="validasiProgresBulanan" kind="percent" unit="%" value={12.5} previous={14} goodDirection="up" />,
    );
    const c = card('validasiProgresBulanan');
    expect(within(c).getByTestId('kpi-value').textContent).toBe('12,5%');
    expect(within(c).getByTestId('kpi-value').getAttribute('data-value')).toBe('12.5');
    const change = within(c).getByTestId('kpi-change');
    expect(change.textContent).toBe('▼ turun 1,5 poin persen dari September 2026 (memburuk)');
    expect(change.className).toContain('kpi-change--bad');
  });

  it('marks a fall in job seekers as an improvement', () => {
    renderWithProviders(<KpiCard {...base} value={1100} previous={1200} />);
    const change = within(card()).getByTestId('kpi-change');
    expect(change.textContent).toBe('▼ turun 100 dari September 2026 (membaik)');
    expect(change.className).toContain('kpi-change--good');
  });

  it('says when there is no previous month', () => {
    renderWithProviders(<KpiCard {...base} previous={null} />);
    expect(within(card()).getByTestId('kpi-change').textContent).toBe('Belum ada data bulan sebelumnya');
  });

  it('writes the change in English after switching language', async () => {
    const { i18n } = renderWithProviders(<KpiCard {...base} />);
    await i18n.changeLanguage('en');
    expect(await within(card()).findByText(/up 34 from September 2026/)).toBeTruthy();
    expect(within(card()).getByTestId('kpi-value').textContent).toBe('1,234 persons');
  });

  it('shows the loading and empty states instead of a value', () => {
    renderWithProviders(<KpiCard {...base} status="loading" />);
    expect(within(card()).getByRole('status').textContent).toContain('Memuat data…');
    expect(within(card()).queryByTestId('kpi-value')).toBeNull();
    cleanup();
    renderWithProviders(<KpiCard {...base} value={null} />);
    expect(within(card()).getByText('Data belum tersedia untuk pilihan ini.')).toBeTruthy();
  });

  it('opens the definition and source from the "i" button', async () => {
    renderWithProviders(<KpiCard {...base} />);
    const button = within(card()).getByRole('button', { name: 'Definisi dan sumber: Pencari kerja aktif' });
    const note = within(card()).getByRole('note', { hidden: true });
    expect(note.hidden).toBe(true);
    button.click();
    await screen.findByText('Jumlah orang berbeda dengan kartu AK1 aktif.');
    expect(note.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(note.textContent).toContain('Sumber: Disnaker Kota Bontang');
  });

  it('replaces the monthly change with a quota comparison', () => {
    renderWithProviders(
      <KpiCard
        {...base}
        indicatorId="serapanLokal"
        kind="percent"
        value={71.8}
        previous={undefined}
        comparison={{ direction: 'down', tone: 'bad', text: '3,2 poin persen di bawah kuota 75%' }}
      />,
    );
    const change = within(card('serapanLokal')).getByTestId('kpi-change');
    expect(change.textContent).toBe('▼ 3,2 poin persen di bawah kuota 75%');
  });
});

describe('computeChange', () => {
  it('treats changes that round to zero as unchanged', () => {
    expect(computeChange(12.52, 12.5, 'percent', 'up')).toEqual({ direction: 'same', delta: 0, tone: 'neutral' });
    expect(computeChange(10, 10, 'count', 'up').direction).toBe('same');
  });
  it('has no tone when neither direction is better', () => {
    expect(computeChange(20, 18, 'percent', 'none')).toEqual({ direction: 'up', delta: 2, tone: 'neutral' });
  });
});
