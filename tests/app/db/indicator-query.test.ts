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
