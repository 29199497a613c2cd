import { describe, expect, it } from 'vitest';
import { niceScale, percentOf } from '../../../../src/app/components/views/nice-ticks';

describe('niceScale', () => {
  it('picks the smallest 1-2-5 step giving at most target + 1 steps, ending at or above the maximum', () => {
    expect(niceScale(1234, 4)).toEqual({ max: 1500, step: 500, ticks: [0, 500, 1000, 1500] });
    expect(niceScale(377, 4).ticks).toEqual([0, 100, 200, 300, 400]);
    expect(niceScale(792, 4).ticks).toEqual([0, 200, 400, 600, 800]);
    expect(niceScale(41.25, 4).ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceScale(2301, 2).ticks).toEqual([0, 1000, 2000, 3000]);
    expect(niceScale(400, 4).ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it('keeps decimal ticks exact and whole steps for counts', () => {
    expect(niceScale(0.3, 4).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceScale(1.1, 4).ticks).toEqual([0, 0.5, 1, 1.5]);
    expect(niceScale(3, 4, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceScale(1, 4, true).ticks).toEqual([0, 1]);
    expect(niceScale(1, 4).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives 0–1 without a positive maximum', () => {
    expect(niceScale(0, 4, true).ticks).toEqual([0, 1]);
    expect(niceScale(Number.NaN, 4, true).max).toBe(1);
  });
});

describe('percentOf', () => {
  it('is the share of the axis, clamped to 0–100', () => {
    expect(percentOf(50, 200)).toBe(25);
    expect(percentOf(300, 200)).toBe(100);
    expect(percentOf(-5, 200)).toBe(0);
    expect(percentOf(null, 200)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
  });
});
