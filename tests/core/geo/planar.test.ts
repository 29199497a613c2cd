import { describe, expect, it } from 'vitest';
import { interiorPoint, pointInPoly, polyArea, ringArea, roundMultiPoly, type Poly } from '../../../src/core/geo/planar';

const square: Poly = [
  [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
  [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]],
];
// A "C" shape whose centroid falls outside it.
const cShape: Poly = [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [4, 3], [4, 4], [0, 4], [0, 0]]];

describe('geo/planar', () => {
  it('computes shoelace areas with holes', () => {
    expect(ringArea(square[0])).toBe(16);
    expect(ringArea(square[1])).toBe(-4);
    expect(polyArea(square)).toBe(12);
  });

  it('tests points against holes', () => {
    expect(pointInPoly(0.5, 0.5, square)).toBe(true);
    expect(pointInPoly(2, 2, square)).toBe(false);
    expect(pointInPoly(5, 2, square)).toBe(false);
  });

  it('finds an interior point even when the centroid is outside', () => {
    const [x, y] = interiorPoint(square);
    expect(pointInPoly(x, y, square)).toBe(true);
    const [cx, cy] = interiorPoint(cShape);
    expect(pointInPoly(cx, cy, cShape)).toBe(true);
  });

  it('rounds, dedupes and drops collapsed rings', () => {
    const out = roundMultiPoly([
      [[[0.1234564, 0], [1, 0], [1, 0.0000001], [1, 1], [0.1234564, 0]]],
      [[[0, 0], [0.0000001, 0], [0, 0.0000001], [0, 0]]],
    ]);
    expect(out).toEqual([[[[0.123456, 0], [1, 0], [1, 1], [0.123456, 0]]]]);
  });
});
