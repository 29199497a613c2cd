// Tests src/app/queries/indicator-query.ts (kept beside the db tests, the folder this work owns).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, type DbClient } from '../../../src/app/db/types';
import { indicatorQueryOptions, runIndicator } from '../../../src/app/queries/indicator-query';
import { pencakerAktifBulanan } from '../../../src/core/indicators';

afterEach(() => vi.restoreAllMocks());

const params = { periode: '2026-03', kecamatan: '64.74.01' };

describe('runIndicator', () => {
  it('passes the SQL, parameters and abort signal to the client', async () => {
    const query = vi.fn(async () => [{ bulan: '2026-03', nilai: 5 }]);
    const ac = new AbortController();
    const rows = await runIndicator({ query } as DbClient, pencakerAktifBulanan, params, ac.signal);
    expect(rows).toEqual([{ bulan: '2026-03', nilai: 5 }]);
    const q = pencakerAktifBulanan.sql(params);
    expect(query).toHaveBeenCalledWith(q.sql, q.params, { signal: ac.signal });
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
  it('keys on indicator id, snapshot version and params, keeps previous data, and waits for a snapshot', () => {
    const client: DbClient = { query: async () => [] };
    const o = indicatorQueryOptions(pencakerAktifBulanan, params, { client, snapshotVersion: 'abc123' });
    expect(o.queryKey).toEqual(['indicator', 'pencakerAktifBulanan', 'abc123', params]);
    expect(o.enabled).toBe(true);
    expect(typeof o.placeholderData).toBe('function');
    expect(o.retry).toBe(false);
    expect(indicatorQueryOptions(pencakerAktifBulanan, params, {}).enabled).toBe(false);
    expect(indicatorQueryOptions(pencakerAktifBulanan, params, { client, snapshotVersion: 'v' }, { enabled: false }).enabled).toBe(false);
  });
});
