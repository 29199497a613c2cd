// Tests src/app/queries/indicator-query.ts (kept beside the db tests, the folder this work owns).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, type DbClient } from '../../../src/app/db/types';
import { indicatorQueryOptions, runIndicator } from '../../../src/app/queries/indicator-query';
import { pencakerAktifBulanan } from '../../../src/core/indicators';
import { bpsPasarKerja, pengangguranMenurutPendidikan } from '../../../src/core/indicators/pengangguran';
import type { IndicatorDef, ViewParams } from '../../../src/core/indicators/types';

afterEach(() => vi.restoreAllMocks());

const params = { periode: '2026-03', kecamatan: '64.74.01' };

describe('runIndicator', () => {
  it('passes the SQL, parameters and abort signal to the client', async () => {
    const query = vi.fn(async () => [{ bulan: '2026-03', nilai: 5 }]);
    const ac = new AbortController();
    const rows = await runIndicator({ query } as DbClient, pencakerAktifBulanan, params, ac.signal);
    expect(rows).toEqual([{ bulan: '2026-03', nilai: 5 }]);
    const q = pencakerAktifBulanan.sql(params);
    expect(query).toHaveBeenCalledWith(q.sql, q.params, { signal: ac.signal, label: 'pencakerAktifBulanan' });
  });

  it('turns a DuckDB failure into AppError(query-failed) with the SQL; the raw text goes only to the console', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client: DbClient = { query: async () => Promise.reject(new AppError('query-failed', 'Binder Error: kolom rahasia', 'x')) };
    const e = (await runIndicator(client, pencakerAktifBulanan, params).then(
      () => null,
      (x: unknown) => x,
    )) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('query-failed');
    expect(e.sql).toBe(pencakerAktifBulanan.sql(params).sql);
    expect(e.detail).not.toContain('Binder Error');
    expect(err.mock.calls.flat().join(' ')).toContain('Binder Error');
  });

  it('passes an AbortError through untouched and reports bad parameters as query-failed', async () => {
    const abort = new DOMException('x', 'AbortError');
    const client: DbClient = { query: async () => Promise.reject(abort) };
    await expect(runIndicator(client, pencakerAktifBulanan, params)).rejects.toBe(abort);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const e = (await runIndicator(client, pencakerAktifBulanan, { periode: 'Maret' }).then(
      () => null,
      (x: unknown) => x,
    )) as AppError;
    expect(e.code).toBe('query-failed');
  });
});

describe('indicatorQueryOptions', () => {
  it('gives one key to parameters that bind the same query, and different keys otherwise', () => {
    const ctx = { client: { query: async () => [] } as DbClient, snapshotVersion: 'v' };
    const key = (p: ViewParams, def: IndicatorDef<ViewParams, unknown> = pengangguranMenurutPendidikan) =>
      JSON.stringify(indicatorQueryOptions(def, p, ctx).queryKey);
    const base: ViewParams = { periode: '2026-09' };
    // a chart ignores a selection on its own dimension: same key, no new query after the click
    expect(key({ ...base, pilih: { pend: ['SMA'] } })).toBe(key(base));
    // a selection on another dimension changes the query
    expect(key({ ...base, pilih: { jk: ['P'] } })).not.toBe(key(base));
    expect(key({ ...base, pilih: { jk: ['P'] } })).not.toBe(key({ ...base, pilih: { jk: ['L'] } }));
    // another period changes both the SQL parameters and the materialised base table
    const other = key({ periode: '2026-08' });
    expect(other).not.toBe(key(base));
    expect(other).toContain('base_aktif_kubus_2026_08');
    // a city-level panel ignores area and selections altogether
    expect(key({ ...base, kecamatan: '64.74.01', pilih: { jk: ['P'] } }, bpsPasarKerja as IndicatorDef<ViewParams, unknown>)).toBe(
      key(base, bpsPasarKerja as IndicatorDef<ViewParams, unknown>),
    );
    // parameters the builder rejects still get a key of their own
    expect(key({ periode: 'Maret' })).toContain('Maret');
  });

  it('keys on indicator id, snapshot version and the bound query, keeps previous data, and waits for a snapshot', () => {
    const client: DbClient = { query: async () => [] };
    const o = indicatorQueryOptions(pencakerAktifBulanan, params, { client, snapshotVersion: 'abc123' });
    const q = pencakerAktifBulanan.sql(params);
    expect(o.queryKey).toEqual(['indicator', 'pencakerAktifBulanan', 'abc123', { sql: q.sql, params: q.params, bases: [] }]);
    expect(o.enabled).toBe(true);
    expect(typeof o.placeholderData).toBe('function');
    expect(o.retry).toBe(false);
    expect(indicatorQueryOptions(pencakerAktifBulanan, params, {}).enabled).toBe(false);
    expect(indicatorQueryOptions(pencakerAktifBulanan, params, { client, snapshotVersion: 'v' }, { enabled: false }).enabled).toBe(false);
  });
});

describe('indicatorQueryOptions: cross-filter answers from the cube', () => {
  const frame = [
    { kunci: 'SD', nama: 'SD', urutan: 1, nilai: 9 },
    { kunci: 'SMA', nama: 'SMA', urutan: 2, nilai: 9 },
  ];
  const cubeRows = [
    { kode_kelurahan: 'k1', kode_kecamatan: 'c1', jenis_kelamin: 'P', kelompok_umur: '20-24', pendidikan: 'SD', kbji_golongan: '7', kelompok_durasi: '0-2', durasi_bulan: 1, n: 4 },
    { kode_kelurahan: 'k1', kode_kecamatan: 'c1', jenis_kelamin: 'L', kelompok_umur: '20-24', pendidikan: 'SMA', kbji_golongan: '7', kelompok_durasi: '0-2', durasi_bulan: 1, n: 5 },
    { kode_kelurahan: 'k2', kode_kecamatan: 'c2', jenis_kelamin: 'P', kelompok_umur: '25-29', pendidikan: 'SMA', kbji_golongan: '2', kelompok_durasi: '3-5', durasi_bulan: 4, n: 2 },
  ];

  async function run(p: ViewParams, cube: 'ok' | 'broken' = 'ok') {
    const { QueryClient } = await import('@tanstack/react-query');
    const queryClient = new QueryClient();
    const asked: string[] = [];
    // the client sees base-table DDL, the cube's SQL and the indicator's SQL (with or without the
    // selection); tell them apart by their text
    const kind = (sql: string) =>
      /^\s*(CREATE|DROP|INSERT)/i.test(sql) || sql.includes('__mentah') ? 'ddl'
      : sql.includes('WITH k AS') ? (/ IN \(/.test(sql) ? 'full' : 'frame')
      : sql.includes('GROUP BY ALL') && sql.includes('durasi_bulan') ? 'cube'
      : 'other';
    const client: DbClient = {
      query: async (sql: string) => {
        const k = kind(sql);
        if (k !== 'ddl') asked.push(k);
        if (k === 'frame') return frame as never[];
        if (k === 'full') return [{ kunci: 'SD', nama: 'SD', urutan: 1, nilai: 123 }] as never[];
        if (k === 'cube' && cube === 'ok') return cubeRows as never[];
        if (k === 'ddl') return [];
        throw new AppError('query-failed', 'tidak dikenal', sql);
      },
    };
    const options = indicatorQueryOptions(pengangguranMenurutPendidikan, p, { client, snapshotVersion: 'v', queryClient });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rows = await queryClient.fetchQuery(options);
    return { rows, asked, warn };
  }

  it('sums the cube for the selection instead of running the SQL', async () => {
    const { rows, asked } = await run({ periode: '2026-09', pilih: { jk: ['P'] } });
    expect(rows).toEqual([
      { kunci: 'SD', nama: 'SD', urutan: 1, nilai: 4 },
      { kunci: 'SMA', nama: 'SMA', urutan: 2, nilai: 2 },
    ]);
    expect(asked.sort()).toEqual(['cube', 'frame']);
  });

  it('applies the area to the cube too', async () => {
    const { rows } = await run({ periode: '2026-09', kecamatan: 'c1', pilih: { kbji: ['7'] } });
    expect(rows.map((r) => r.nilai)).toEqual([4, 5]);
  });

  it('falls back to the SQL when the cube cannot be read, and says so in the console', async () => {
    const { rows, asked, warn } = await run({ periode: '2026-09', pilih: { jk: ['P'] } }, 'broken');
    expect(rows).toEqual([{ kunci: 'SD', nama: 'SD', urutan: 1, nilai: 123 }]);
    expect(asked).toContain('full');
    expect(warn.mock.calls.flat().join(' ')).toContain('pengangguranMenurutPendidikan');
  });

  it('runs the SQL when nothing is selected', async () => {
    const { rows, asked } = await run({ periode: '2026-09' });
    expect(asked).toEqual(['frame']);
    expect(rows).toEqual(frame);
  });
});
