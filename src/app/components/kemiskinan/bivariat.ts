import type { KemiskinanBivariatRow } from '../../../core/indicators/kemiskinan';
import { bivariateClass, tercileBreaks, type Breaks } from '../views/colours';

/** One kelurahan with its bivariate class (null when x or y is missing). */
export interface ClassedKelurahan extends KemiskinanBivariatRow {
  /** Class 0-2 on x and y, palette index (y * 3 + x) and colour. */
  cls: { x: 0 | 1 | 2; y: 0 | 1 | 2; index: number; colour: string } | null;
}

export interface BivariatClasses {
  rows: ClassedKelurahan[];
  xBreaks: Breaks;
  yBreaks: Breaks;
  /** Kelurahan per palette cell (9 entries). */
  counts: number[];
  /** Kelurahan high on both axes (class 2, 2). */
  bothHigh: ClassedKelurahan[];
}

/**
 * Terciles of x (job-seeker intensity) and y (poverty share) over the kelurahan that have both,
 * and each kelurahan's 3×3 class: the colouring and the legend counts of the bivariate map.
 */
export function classifyBivariat(rows: readonly KemiskinanBivariatRow[]): BivariatClasses {
  const valid = rows.filter((r) => r.x !== null && r.y !== null);
  const xBreaks = tercileBreaks(valid.map((r) => r.x as number));
  const yBreaks = tercileBreaks(valid.map((r) => r.y as number));
  const counts = Array.from({ length: 9 }, () => 0);
  const classed = rows.map((r) => {
    const cls = bivariateClass(r.x, r.y, xBreaks, yBreaks);
    if (cls) counts[cls.index] += 1;
    return { ...r, cls };
  });
  return { rows: classed, xBreaks, yBreaks, counts, bothHigh: classed.filter((r) => r.cls?.index === 8) };
}
