import { Cube } from '../../src/core/crossfilter/cube';
import type { CubeDef } from '../../src/core/indicators/types';
import { queryIndicator, type SnapshotDb } from './snapshot-db';

/** Cubes read from a snapshot in Node, once per cube and period (as the browser's cache keeps them). */
export function cubeReader(db: () => SnapshotDb): (def: CubeDef, periode: string) => Promise<Cube> {
  const cubes = new Map<string, Promise<Cube>>();
  return (def, periode) => {
    const key = `${def.query.id} ${periode}`;
    if (!cubes.has(key)) cubes.set(key, queryIndicator(db(), def.query, { periode }).then((rows) => Cube.fromRows(rows, def.columns)));
    return cubes.get(key)!;
  };
}
