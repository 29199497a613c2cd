import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { kbli2020Expr, kbli2025To2020, shiftPeriode } from '../../../../src/core/indicators/kesenjangan/common';
import { bound, sql } from '../../../../src/core/indicators/sql';
import { KBLI_2025_TO_2020 } from './reference';

let instance: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
});
afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
});

describe('KBLI 2025 sections harmonised to KBLI 2020', () => {
  it('the mapping derived from the shared divisions equals the one read from domain-facts 4c', () => {
    const changed = Object.fromEntries(Object.entries(KBLI_2025_TO_2020).filter(([a, b]) => a !== b));
    expect(kbli2025To2020()).toEqual(changed);
  });

  it('the SQL expression maps 2025 letters and leaves 2020 letters and A-I alone', async () => {
    const cases: Array<[string | null, number, string | null]> = [
      ['C', 2020, 'C'], ['C', 2025, 'C'], ['H', 2025, 'H'], ['J', 2020, 'J'], ['J', 2025, 'J'], ['K', 2025, 'J'],
      ['K', 2020, 'K'], ['L', 2025, 'K'], ['N', 2025, 'M'], ['O', 2025, 'N'], ['Q', 2025, 'P'], ['R', 2025, 'Q'],
      ['U', 2020, 'U'], ['V', 2025, 'U'], [null, 2025, null],
    ];
    for (const [seksi, versi, want] of cases) {
      const q = bound(sql`SELECT ${kbli2020Expr('s', 'v')} AS x FROM (SELECT CAST(${seksi} AS VARCHAR) AS s, CAST(${versi} AS INTEGER) AS v)`);
      const reader = await conn.runAndReadAll(q.sql, q.params as never);
      expect(reader.getRowObjectsJS()[0].x, `${seksi} ${versi}`).toBe(want);
    }
  });
});

describe('shiftPeriode', () => {
  it('moves across year boundaries', () => {
    expect(shiftPeriode('2026-10', -12)).toBe('2025-10');
    expect(shiftPeriode('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriode('2025-12', 1)).toBe('2026-01');
    expect(shiftPeriode('2024-03', -26)).toBe('2022-01');
  });
});
