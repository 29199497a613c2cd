import { inlineQuery } from '../../../src/core/indicators/bases';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS, INDICATORS } from '../../../src/core/indicators';
import type { AreaPeriodParams } from '../../../src/core/indicators/types';
import { SNAPSHOT_TABLES } from '../../../src/core/schema/snapshot';
import { makeTestSnapshot, type TestSnapshot } from '../../support/make-test-snapshot';
import { openSnapshotDb, type SnapshotDb } from '../../support/snapshot-db';
import { expected, isActive, monthsEnding } from './expected';

const PARAMS: AreaPeriodParams[] = [
  { periode: '2026-03' },
  { periode: '2025-06', kecamatan: '64.74.02' },
  { periode: '2025-12', kelurahan: '64.74.01.1003' },
  { periode: '2024-02' }, // leap-year month end
  { periode: '2026-01', kecamatan: '64.74.01', kelurahan: '64.74.01.1006' },
  { periode: '2025-10', kecamatan: '64.74.03' },
  { periode: '2022-06' }, // before the register starts
];

let dir: string;
let snap: TestSnapshot;
let db: SnapshotDb;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sk-ind-'));
  snap = await makeTestSnapshot(dir);
  db = await openSnapshotDb(dir);
});

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Compare rows, allowing float rounding on non-integers. */
function expectRows(actual: Array<Record<string, unknown>>, want: Array<Record<string, unknown>>) {
  expect(actual.length).toBe(want.length);
  want.forEach((w, i) => {
    const a = actual[i];
    expect(Object.keys(a)).toEqual(Object.keys(w));
    for (const [k, v] of Object.entries(w)) {
      if (typeof v === 'number' && !Number.isInteger(v)) expect(a[k], `${k} row ${i}`).toBeCloseTo(v, 9);
      else expect(a[k], `${k} row ${i}`).toEqual(v);
    }
  });
}

describe('every indicator in INDICATORS', () => {
  it('has a unique id, bilingual texts, a unit, declared columns and known tables', () => {
    const ids = INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    const tableNames = new Set(SNAPSHOT_TABLES.map((t) => t.name));
    for (const def of INDICATORS) {
      for (const t of [def.label, def.definition, def.source]) {
        expect(t.id.length, def.id).toBeGreaterThan(3);
        expect(t.en.length, def.id).toBeGreaterThan(3);
      }
      expect(def.unit.length).toBeGreaterThan(0);
      expect(INDICATOR_COLUMNS[def.id], `declare columns of ${def.id}`).toBeDefined();
      for (const t of def.tables) expect(tableNames.has(t)).toBe(true);
    }
  });

  for (const def of INDICATORS) {
    it(`${def.id}: runs for every parameter set and returns its declared columns`, async () => {
      const cols = INDICATOR_COLUMNS[def.id];
      for (const p of PARAMS) {
        const q = inlineQuery(def, p);
        // Values travel as parameters, never pasted into the SQL text.
        expect(q.sql.split('?').length - 1).toBe(q.params.length);
        expect(q.sql).not.toContain(p.periode);
        if (p.kelurahan) expect(q.sql).not.toContain(p.kelurahan);
        // The SQL reads only the tables it declares.
        for (const t of SNAPSHOT_TABLES) {
          if (new RegExp(`\\b(FROM|JOIN)\\s+${t.name}\\b`).test(q.sql)) expect(def.tables, `${def.id} reads ${t.name}`).toContain(t.name);
        }
        const rows = await db.query<Record<string, unknown>>(q.sql, q.params);
        for (const row of rows) {
          expect(Object.keys(row)).toEqual(cols.map(([c]) => c));
          for (const [c, type] of cols) {
            if (row[c] !== null) expect(typeof row[c], `${def.id}.${c}`).toBe(type);
          }
        }
      }
    });
  }

  it('rejects a malformed periode before any SQL runs', () => {
    for (const def of INDICATORS) {
      expect(() => def.sql({ periode: '2026-13' })).toThrow(/YYYY-MM/);
      expect(() => def.sql({ periode: "2026-03' OR 1=1" })).toThrow();
    }
  });
});

describe('the test data reaches the edge cases', () => {
  it('has registrations, placements and expiries on month ends, re-registrations and revoked cards', () => {
    const p = snap.rows.pencaker;
    const isMonthEnd = (d: string | null) => d !== null && monthsEnding(d.slice(0, 7), 1)[0].d === d;
    expect(p.length).toBeGreaterThan(200);
    expect(p.some((r) => isMonthEnd(r.tanggal_daftar))).toBe(true);
    expect(p.some((r) => isMonthEnd(r.tanggal_penempatan))).toBe(true);
    expect(p.some((r) => isMonthEnd(r.tanggal_kedaluwarsa))).toBe(true);
    expect(p.some((r) => r.status === 'dicabut')).toBe(true);
    const perPerson = new Map<string, number>();
    for (const r of p) perPerson.set(r.id_orang, (perPerson.get(r.id_orang) ?? 0) + 1);
    expect([...perPerson.values()].some((n) => n > 1)).toBe(true);
    // Someone counted once although two registrations are active at the same time.
    const d = '2026-03-31';
    const doubles = [...perPerson.keys()].filter((id) => p.filter((r) => r.id_orang === id && isActive(r, d)).length > 1);
    expect(doubles.length).toBeGreaterThan(0);
    expect(snap.rows.lowongan.some((l) => l.tanggal_tutup === null)).toBe(true);
    expect(snap.rows.perusahaan.some((c) => c.kode_kelurahan === null)).toBe(true);
  });
});

describe('indicator values match an independent TypeScript computation', () => {
  for (const def of INDICATORS) {
    it(def.id, async () => {
      const exp = expected(snap.rows) as Record<string, (p: AreaPeriodParams) => Array<Record<string, unknown>>>;
      const compute = exp[def.id];
      expect(compute, `no expected computation for ${def.id}`).toBeDefined();
      for (const p of PARAMS) {
        const q = inlineQuery(def, p);
        const rows = await db.query<Record<string, unknown>>(q.sql, q.params);
        expectRows(rows, compute(p));
      }
    });
  }
});

describe('known values', () => {
  const run = async (def: (typeof INDICATORS)[number], p: AreaPeriodParams) => {
    const q = def.sql(p);
    return db.query<Record<string, unknown>>(q.sql, q.params);
  };
  const byId = (id: string) => INDICATORS.find((d) => d.id === id)!;

  it('monthly series cover the 13 months ending at periode, across a year boundary', async () => {
    const rows = await run(byId('pencakerAktifBulanan'), { periode: '2026-01' });
    expect(rows.map((r) => r.bulan)).toEqual([
      '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07',
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ]);
    expect(rows.some((r) => (r.nilai as number) > 0)).toBe(true);
  });

  it('before the register starts every count is 0 and shares are null', async () => {
    const aktif = await run(byId('pencakerAktifBulanan'), { periode: '2022-06' });
    expect(aktif.every((r) => r.nilai === 0)).toBe(true);
    const miskin = await run(byId('pencakerMiskinBulanan'), { periode: '2022-06' });
    expect(miskin.every((r) => r.nilai === null && r.penyebut === 0)).toBe(true);
  });

  it('the kelurahan map always lists all 15 kelurahan, whatever area is selected', async () => {
    const all = await run(byId('pencakerAktifPerKelurahan'), { periode: '2026-03' });
    const filtered = await run(byId('pencakerAktifPerKelurahan'), { periode: '2026-03', kecamatan: '64.74.03', kelurahan: '64.74.03.1001' });
    expect(all).toHaveLength(15);
    expect(filtered).toEqual(all);
    const sum = all.reduce((s, r) => s + (r.nilai as number), 0);
    const city = (await run(byId('pencakerAktifBulanan'), { periode: '2026-03' })).at(-1)!.nilai as number;
    expect(sum).toBeGreaterThanOrEqual(city); // a person may be active in two kelurahan
  });

  it('kecamatan figures add up to the city for area-filtered counts of registrations', async () => {
    const def = byId('penempatanBulanan');
    const city = await run(def, { periode: '2026-03' });
    const parts = await Promise.all(['64.74.01', '64.74.02', '64.74.03'].map((k) => run(def, { periode: '2026-03', kecamatan: k })));
    city.forEach((r, i) => expect(parts.reduce((s, p) => s + (p[i].nilai as number), 0)).toBe(r.nilai));
  });

  it('local-hire share compares with the 75% quota and TPT keeps only the August city series', async () => {
    const [s] = await run(byId('serapanLokal'), { periode: '2026-03' });
    expect(s.kuota).toBe(75);
    expect(s.nilai as number).toBeCloseTo((100 * (s.lokal as number)) / (s.pekerja as number), 9);
    const tpt = await run(byId('tptBps'), { periode: '2024-12' });
    expect(tpt.map((r) => r.tahun)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(tpt.at(-1)!.nilai).toBe(6.9);
  });
});
