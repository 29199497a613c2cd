// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent, toLang } from '../../../src/app/format/format';

describe('formatNumber', () => {
  it('groups thousands the Indonesian way', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
  });
  it('uses a decimal comma and honours digits', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(2.25, 'id', { digits: 2 })).toBe('2,25');
    expect(formatNumber(34, 'id', { signed: true })).toBe('+34');
  });
  it('switches to English separators', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
  });
  it('shows a dash for non-numbers', () => {
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('formatPercent', () => {
  it('formats values already in percent', () => {
    expect(formatPercent(12.5)).toBe('12,5%');
    expect(formatPercent(75, 'id', { digits: 0 })).toBe('75%');
    expect(formatPercent(6.36, 'id', { digits: 2 })).toBe('6,36%');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
  });
  it('keeps one decimal by default', () => {
    expect(formatPercent(40)).toBe('40,0%');
  });
});

describe('formatMonth', () => {
  it('names the month in Indonesian', () => {
    expect(formatMonth('2026-10')).toBe('Oktober 2026');
    expect(formatMonth('2026-08')).toBe('Agustus 2026');
    expect(formatMonth('2025-12', 'en')).toBe('December 2025');
  });
  it('leaves a non-month untouched', () => {
    expect(formatMonth('2026-13')).toBe('2026-13');
  });
});

describe('formatDate', () => {
  it('formats a calendar date', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('2026-02-01')).toBe('1 Februari 2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
  });
  it('shows a timestamp as its date in Bontang (WITA, UTC+8)', () => {
    expect(formatDate('2026-11-21T17:30:00Z')).toBe('22 November 2026');
    expect(formatDate('2026-11-21T15:30:00Z')).toBe('21 November 2026');
  });
});

describe('toLang', () => {
  it('maps i18next languages to id/en', () => {
    expect(toLang('en-US')).toBe('en');
    expect(toLang('id')).toBe('id');
    expect(toLang(undefined)).toBe('id');
  });
});
