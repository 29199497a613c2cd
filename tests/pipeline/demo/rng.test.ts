import { describe, expect, it } from 'vitest';
import { apportion, keyedFloat, Rng, Weighted } from '../../../src/pipeline/demo/rng';

describe('demo randomness', () => {
  it('repeats for the same seed and stream, and differs across streams and seeds', () => {
    const draw = (seed: number, stream: string) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(keyedFloat(1, 42, 3)).toBe(keyedFloat(1, 42, 3));
    expect(keyedFloat(1, 42, 3)).not.toBe(keyedFloat(1, 43, 3));
  });

  it('samples distinct sorted indices and draws weights in proportion', () => {
    const r = new Rng(9, 'x');
    const s = r.sample(100, 30);
    expect(s).toHaveLength(30);
    expect(new Set(s).size).toBe(30);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
    expect(Math.max(...s)).toBeLessThan(100);
    const w = new Weighted([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[w.draw(r)]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
  });

  it('apportions a total exactly by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(4_997, [609, 415, 3409]).reduce((a, b) => a + b, 0)).toBe(4_997);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});
