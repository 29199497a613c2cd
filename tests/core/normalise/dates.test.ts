import { describe, expect, it } from 'vitest';
import { AGE_BANDS, addYears, ageBand, ageOn, formatDateId, parseDate } from '../../../src/core/normalise/dates';

const value = (v: Parameters<typeof parseDate>[0]) => {
  const r = parseDate(v);
  if (!r.ok) throw new Error(`expected ok for ${String(v)}, got ${r.code}`);
  return r.value;
};
const code = (v: Parameters<typeof parseDate>[0]) => {
  const r = parseDate(v);
  return r.ok ? `ok:${r.value}` : r.code;
};

describe('parseDate', () => {
  it('gives null for blank cells', () => {
    for (const v of [null, undefined, '', '  ', '-']) expect(parseDate(v)).toEqual({ ok: true, value: null });
  });

  it('reads ISO dates with or without a time', () => {
    expect(value('2026-01-05')).toBe('2026-01-05');
    expect(value('2026-1-5')).toBe('2026-01-05');
    expect(value('2026-01-05 13:45')).toBe('2026-01-05');
    expect(value('2026-01-05 13:45:10')).toBe('2026-01-05');
    expect(value('2026-01-05T23:59:59.000Z')).toBe('2026-01-05');
    expect(value(' 2026-01-05 ')).toBe('2026-01-05');
  });

  it('reads numeric forms day-first', () => {
    expect(value('05/01/2026')).toBe('2026-01-05');
    expect(value('5/1/2026')).toBe('2026-01-05');
    expect(value('05-01-2026')).toBe('2026-01-05');
    expect(value('05.01.2026')).toBe('2026-01-05');
    expect(value('12/11/2025')).toBe('2025-11-12');
    expect(value('05/01/2026 00:00')).toBe('2026-01-05');
  });

  it('reads Indonesian month names, full and short, any case', () => {
    const cases: Array<[string, string]> = [
      ['5 Januari 2026', '2026-01-05'],
      ['05-Jan-2026', '2026-01-05'],
      ['1 Februari 2024', '2024-02-01'],
      ['1 feb 2024', '2024-02-01'],
      ['3 Maret 2025', '2025-03-03'],
      ['3 MAR 2025', '2025-03-03'],
      ['10 April 2025', '2025-04-10'],
      ['10 apr 2025', '2025-04-10'],
      ['17 Mei 2025', '2025-05-17'],
      ['1 Juni 2025', '2025-06-01'],
      ['1 Jun 2025', '2025-06-01'],
      ['1 Juli 2025', '2025-07-01'],
      ['1 Jul 2025', '2025-07-01'],
      ['17 Agustus 2025', '2025-08-17'],
      ['17 Agu 2025', '2025-08-17'],
      ['17 Agt 2025', '2025-08-17'],
      ['17-Ags-2025', '2025-08-17'],
      ['9 September 2025', '2025-09-09'],
      ['9 Sep 2025', '2025-09-09'],
      ['9 Sept 2025', '2025-09-09'],
      ['28 Oktober 2025', '2025-10-28'],
      ['28 Okt 2025', '2025-10-28'],
      ['10 November 2025', '2025-11-10'],
      ['10 Nov 2025', '2025-11-10'],
      ['25 Desember 2025', '2025-12-25'],
      ['25 des 2025', '2025-12-25'],
      ['25 DESEMBER 2025', '2025-12-25'],
      ['Senin, 5 Januari 2026', '2026-01-05'],
    ];
    for (const [input, iso] of cases) expect(value(input), input).toBe(iso);
  });

  it('reads English month names', () => {
    expect(value('17 May 2025')).toBe('2025-05-17');
    expect(value('17-Aug-2025')).toBe('2025-08-17');
    expect(value('1 Oct 2025')).toBe('2025-10-01');
    expect(value('25 Dec 2025')).toBe('2025-12-25');
    expect(value('25 December 2025')).toBe('2025-12-25');
    expect(value('4 July 2025')).toBe('2025-07-04');
    expect(value('1 March 2025')).toBe('2025-03-01');
  });

  it('reads Excel serial numbers (1900 system)', () => {
    expect(value(45658)).toBe('2025-01-01');
    expect(value(45658.75)).toBe('2025-01-01');
    expect(value(1)).toBe('1900-01-01');
    expect(value(59)).toBe('1900-02-28');
    expect(value(61)).toBe('1900-03-01');
    expect(value(46027)).toBe('2026-01-05');
    expect(code(60)).toBe('date-invalid'); // Excel's phantom 1900-02-29
    expect(code(0)).toBe('date-out-of-range');
    expect(code(-5)).toBe('date-out-of-range');
    expect(code(2958466)).toBe('date-out-of-range');
    expect(code(2958465)).toBe('date-out-of-range'); // 9999-12-31, beyond 2100
    expect(code(Number.NaN)).toBe('date-invalid');
  });

  it('reads Date objects by their UTC calendar date', () => {
    expect(value(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(value(new Date(Date.UTC(2026, 0, 5, 23, 30)))).toBe('2026-01-05');
    expect(code(new Date(Number.NaN))).toBe('date-invalid');
    expect(code(new Date(Date.UTC(1850, 0, 1)))).toBe('date-out-of-range');
  });

  it('checks 29 February against leap years', () => {
    expect(value('29/02/2024')).toBe('2024-02-29');
    expect(value('2000-02-29')).toBe('2000-02-29');
    expect(code('29/02/2025')).toBe('date-invalid');
    expect(code('1900-02-29')).toBe('date-invalid');
  });

  it('rejects impossible and unrecognised dates', () => {
    for (const v of ['31/02/2026', '31/04/2026', '00/01/2026', '05/13/2026', '2026-13-01', '32 Januari 2026',
      '5 Foo 2026', 'besok', '2026', '05/01/26', '45658', '2026/01/05/01', true]) {
      expect(code(v), String(v)).toBe('date-invalid');
    }
  });

  it('rejects years outside 1900-2100', () => {
    expect(code('01/01/1899')).toBe('date-out-of-range');
    expect(code('2101-01-01')).toBe('date-out-of-range');
    expect(code('1 Januari 2200')).toBe('date-out-of-range');
    expect(value('01/01/1900')).toBe('1900-01-01');
    expect(value('31/12/2100')).toBe('2100-12-31');
  });
});

describe('date helpers', () => {
  it('formats dates the Indonesian way', () => {
    expect(formatDateId('2026-01-05')).toBe('5 Januari 2026');
    expect(formatDateId('2025-08-17')).toBe('17 Agustus 2025');
    expect(formatDateId('2025-12-31')).toBe('31 Desember 2025');
    expect(() => formatDateId('05/01/2026')).toThrow();
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-01-05', 2)).toBe('2027-01-05');
    expect(addYears('2025-01-05', -1)).toBe('2024-01-05');
  });

  it('computes completed years of age', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-06-15', '2026-12-31')).toBe(26);
    expect(ageOn('2004-02-29', '2025-02-27')).toBe(20);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
    expect(ageOn('2026-01-05', '2026-01-05')).toBe(0);
  });

  it('bands ages', () => {
    expect(ageBand(0)).toBe('<15');
    expect(ageBand(14)).toBe('<15');
    expect(ageBand(15)).toBe('15-19');
    expect(ageBand(19)).toBe('15-19');
    expect(ageBand(20)).toBe('20-24');
    expect(ageBand(37)).toBe('35-39');
    expect(ageBand(59)).toBe('55-59');
    expect(ageBand(60)).toBe('60+');
    expect(ageBand(91)).toBe('60+');
    expect(AGE_BANDS).toEqual(['<15', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60+']);
    for (let age = 0; age < 100; age++) expect(AGE_BANDS).toContain(ageBand(age));
  });
});
