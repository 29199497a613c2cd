// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NO_DATA_FILL, SEQUENTIAL_BLUES } from '../../../../src/app/components/charts/palette';
import { classIndex, classRanges, fillFor, quantileClasses } from '../../../../src/app/components/map/choropleth';

describe('quantileClasses', () => {
  it('splits 15 kelurahan into five classes of three', () => {
    const values = [5, 80, 12, 40, 33, 61, 7, 19, 25, 90, 150, 3, 48, 70, 21];
    const c = quantileClasses(values)!;
    expect(c.min).toBe(3);
    expect(c.upper).toEqual([7, 21, 40, 70, 150]);
    expect(c.colours).toEqual([...SEQUENTIAL_BLUES]);
    expect(values.map((v) => classIndex(v, c)).filter((i) => i === 0)).toHaveLength(3);
    expect(classRanges(c).map((r) => [r.from, r.to])).toEqual([
      [3, 7],
      [8, 21],
      [22, 40],
      [41, 70],
      [71, 150],
    ]);
  });

  it('merges identical bounds and spreads the colours over the ramp', () => {
    const c = quantileClasses([0, 0, 0, 0, 10, 10])!;
    expect(c.upper).toEqual([0, 10]);
    expect(c.colours).toEqual([SEQUENTIAL_BLUES[0], SEQUENTIAL_BLUES[4]]);
  });

  it('gives no classes without values and the no-data fill for missing values', () => {
    expect(quantileClasses([])).toBeNull();
    const c = quantileClasses([1, 2, 3, 4, 5])!;
    expect(fillFor(undefined, c)).toBe(NO_DATA_FILL);
    expect(fillFor(5, c)).toBe(SEQUENTIAL_BLUES[4]);
    expect(fillFor(1, c)).toBe(SEQUENTIAL_BLUES[0]);
  });
});
