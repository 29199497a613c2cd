import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded randomness for the demo generator. Each part of the data draws from its own stream
 * (seed + stream name), so changing how one table is generated does not shift the others.
 * Never uses Math.random or the clock: the same seed gives the same files.
 */

/** 32-bit FNV-1a hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final mix of murmur3: spreads the bits of a 32-bit integer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const TWO_32 = 4294967296;

/** A stream of random numbers. */
export class Rng {
  private readonly g: RandomGenerator;

  constructor(seed: number, stream: string) {
    this.g = xoroshiro128plus(fmix32((seed >>> 0) ^ fnv1a(stream)) | 0);
    // Warm up: the first outputs of a freshly seeded xoroshiro are weakly mixed.
    for (let i = 0; i < 8; i++) this.g.next();
  }

  /** Uniform in [0, 1), 53 bits. */
  float(): number {
    const hi = (this.g.next() >>> 0) >>> 6; // 26 bits
    const lo = (this.g.next() >>> 0) >>> 5; // 27 bits
    return (hi * 134217728 + lo) / 9007199254740992;
  }

  /** Uniform in [0, 1), 32 bits (faster; enough for most choices). */
  f32(): number {
    return (this.g.next() >>> 0) / TWO_32;
  }

  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.f32() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.f32() * items.length)];
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** Normal (Box-Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Binomial(n, p) by direct simulation for small n, normal approximation above 200. */
  binomial(n: number, p: number): number {
    if (n <= 200) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.f32() < p) k++;
      return k;
    }
    const x = Math.round(this.normal(n * p, Math.sqrt(n * p * (1 - p))));
    return Math.max(0, Math.min(n, x));
  }

  /** Shuffle in place (Fisher-Yates). */
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** `k` distinct integers from [0, n), in increasing order. */
  sample(n: number, k: number): number[] {
    if (k > n) throw new Error(`cannot sample ${k} of ${n}`);
    const chosen = new Set<number>();
    // Floyd's algorithm: exactly k draws, no rejection loop.
    for (let j = n - k; j < n; j++) {
      const t = this.int(0, j);
      chosen.add(chosen.has(t) ? j : t);
    }
    return [...chosen].sort((a, b) => a - b);
  }
}

/** Weighted choice among indices 0..n-1 (cumulative table, binary search). */
export class Weighted {
  private readonly cum: Float64Array;
  readonly total: number;

  constructor(weights: readonly number[]) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    weights.forEach((w, i) => {
      if (!(w >= 0)) throw new Error(`bad weight ${w}`);
      s += w;
      this.cum[i] = s;
    });
    if (s <= 0) throw new Error('weights sum to zero');
    this.total = s;
  }

  draw(rng: Rng): number {
    const x = rng.f32() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Weighted choice among labelled items. */
export class WeightedItems<T> {
  private readonly w: Weighted;
  constructor(private readonly items: readonly (readonly [T, number])[]) {
    this.w = new Weighted(items.map(([, weight]) => weight));
  }
  draw(rng: Rng): T {
    return this.items[this.w.draw(rng)][0];
  }
}

/**
 * Stateless per-key randomness: the same (seed, key, salt) always gives the same number in
 * [0, 1). Used for attributes that must stay the same each time a person appears (name, study
 * field) without storing them.
 */
export function keyedFloat(seed: number, key: number, salt: number): number {
  let h = fmix32((seed >>> 0) ^ Math.imul(salt + 1, 0x9e3779b1));
  h = fmix32(h ^ (key >>> 0));
  h = fmix32(h ^ Math.floor(key / TWO_32));
  return h / TWO_32;
}

/**
 * Split `total` into integer parts proportional to `weights` (largest remainder), so the parts sum
 * exactly to `total`. Ties are broken by index, which keeps the result deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}
