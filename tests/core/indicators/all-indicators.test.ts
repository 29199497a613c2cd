import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_INDICATORS } from '../../../src/core/indicators';
import { inlineQuery } from '../../../src/core/indicators/bases';
import type { ViewParams } from '../../../src/core/indicators/types';
import { SNAPSHOT_TABLES } from '../../../src/core/schema/snapshot';
import { openSnapshotDb, type SnapshotDb } from '../../support/snapshot-db';

/**
 * Every indicator of every view, on the committed demo snapshot, under several filter sets:
 * it runs, binds every value as a parameter (nothing pasted into SQL), reads only tables it
 * declares, and has Indonesian and English texts. A new indicator is covered without a new test;
 * its numbers are checked against independent computations in its view's own tests.
 */
const DEMO = 'data/snapshots/demo';
const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);
const PARAMS: ViewParams[] = [
  { periode },
  { periode: '2025-06', kecamatan: '64.74.02' },
  { periode, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' },
  { periode, pilih: { jk: ['P'], pend: ['SMA', 'SMK'], desil: ['1', '2', '3', '4'], kbji: ['7'], umur: ['20-24'], durasi: ['0-2'], skill: ['las'], kbli: ['C'] } },
];

let db: SnapshotDb;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
});
afterAll(() => db?.close());

describe('every indicator of every view', () => {
  it('has unique ids', () => {
    const ids = ALL_INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const def of ALL_INDICATORS) {
    it(`${def.id}: texts, declared tables, bound parameters, runs on the demo snapshot`, async () => {
      for (const t of [def.label, def.definition, def.source]) {
        expect(t.id.length, def.id).toBeGreaterThan(3);
        expect(t.en.length, def.id).toBeGreaterThan(3);
      }
      for (const p of PARAMS) {
        const q = inlineQuery(def, p);
        expect(q.sql.split('?').length - 1, `${def.id} placeholders`).toBe(q.params.length);
        expect(q.sql).not.toContain(p.periode);
        // selecting a value adds placeholders, never the value itself, to the SQL text
        const without = inlineQuery(def, { ...p, pilih: undefined }).sql;
        const count = (text: string, v: string) => text.split(`'${v}'`).length - 1;
        for (const v of Object.values(p.pilih ?? {}).flat()) expect(count(q.sql, v), `${def.id} pastes '${v}'`).toBe(count(without, v));
        for (const t of SNAPSHOT_TABLES) {
          if (new RegExp(`\\b(FROM|JOIN)\\s+${t.name}\\b`).test(q.sql)) expect(def.tables, `${def.id} reads ${t.name}`).toContain(t.name);
        }
        await expect(db.query(q.sql, q.params), `${def.id} ${JSON.stringify(p)}`).resolves.toBeInstanceOf(Array);
      }
    });
  }
});
