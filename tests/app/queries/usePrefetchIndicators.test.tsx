// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DbClient } from '../../../src/app/db/types';
import { indicatorQueryOptions } from '../../../src/app/queries/indicator-query';
import { useIsFetchingOnScreen, usePrefetchIndicators, type PrefetchItem } from '../../../src/app/queries/usePrefetchIndicators';
import { validasiTautanDtsen } from '../../../src/core/indicators/validasi';
import { fakeSnapshot, readyState } from '../../support/render';

const snap = vi.hoisted(() => ({ state: null as unknown }));
vi.mock('../../../src/app/db/SnapshotProvider', () => ({ useSnapshot: () => snap.state }));

/** A client that answers every query after `delay` ms and records the order of the questions. */
function slowClient(delay: number) {
  const asked: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const client: DbClient = {
    query: async (sql, params) => {
      // base tables are created first (DDL); count the indicator's own queries
      if (!/^\s*(CREATE|DROP|INSERT)/i.test(sql) && !sql.includes('__mentah')) asked.push(JSON.stringify(params));
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, delay));
      running--;
      return [{ ok: 1 }] as never[];
    },
  };
  return { client, asked, maxRunning: () => maxRunning };
}

function setup(delay = 5) {
  const c = slowClient(delay);
  const snapshot = fakeSnapshot();
  snap.state = readyState(c.client, snapshot);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const items: PrefetchItem[] = ['64.74.01', '64.74.02', '64.74.03'].map((kecamatan) => ({
    def: validasiTautanDtsen as PrefetchItem['def'],
    params: { periode: '2026-10', kecamatan },
  }));
  const keyOf = (item: PrefetchItem) =>
    indicatorQueryOptions(item.def as never, item.params as never, { client: c.client, snapshotVersion: snapshot.version }).queryKey;
  return { ...c, queryClient, wrapper, items, keyOf };
}

describe('usePrefetchIndicators', () => {
  it('answers every likely next state in the background, one query at a time, without marking the screen busy', async () => {
    const s = setup();
    const { result } = renderHook(
      () => {
        usePrefetchIndicators(s.items);
        return useIsFetchingOnScreen();
      },
      { wrapper: s.wrapper },
    );
    await waitFor(() => expect(s.items.every((it) => s.queryClient.getQueryData(s.keyOf(it)) !== undefined)).toBe(true));
    expect(s.asked).toHaveLength(3);
    expect(s.maxRunning()).toBe(1);
    // the prefetches never counted as "on screen"
    expect(result.current).toBe(0);
  });

  it('waits while a query on screen is loading', async () => {
    const s = setup(40);
    let release: () => void = () => {};
    const onScreen = new Promise<unknown[]>((r) => (release = () => r([{ x: 1 }])));
    const { result } = renderHook(
      () => {
        const q = useQuery({ queryKey: ['on-screen'], queryFn: () => onScreen });
        usePrefetchIndicators(s.items);
        return { busy: useIsFetchingOnScreen(), q };
      },
      { wrapper: s.wrapper },
    );
    expect(result.current.busy).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(s.asked).toHaveLength(0);
    release();
    await waitFor(() => expect(s.asked.length).toBe(3));
  });
});
