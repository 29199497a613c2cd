// Runs in Node with a stubbed `location` (the jsdom environment does not start on Node 20 here:
// jsdom's undici needs zlib zstd support from a newer Node).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSnapshotSource } from '../../../src/app/db/snapshot-source';

const PAGE = 'http://127.0.0.1:4173/dasbor/index.html?tab=ringkasan';

beforeEach(() => vi.stubGlobal('location', new URL(PAGE)));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('defaultSnapshotSource', () => {
  it('points at the demo snapshot under BASE_URL by default', () => {
    vi.stubEnv('VITE_SNAPSHOT_URL', '');
    vi.stubEnv('BASE_URL', './');
    expect(defaultSnapshotSource(new URLSearchParams())).toEqual({ kind: 'url', baseUrl: 'http://127.0.0.1:4173/dasbor/demo/' });
  });

  it('uses ?snapshot= relative to the app', () => {
    vi.stubEnv('BASE_URL', './');
    expect(defaultSnapshotSource(new URLSearchParams('snapshot=arsip/2026-03'))).toEqual({
      kind: 'url',
      baseUrl: 'http://127.0.0.1:4173/dasbor/arsip/2026-03/',
    });
  });

  it('uses VITE_SNAPSHOT_URL when no parameter is given', () => {
    vi.stubEnv('VITE_SNAPSHOT_URL', '/data/terbaru');
    expect(defaultSnapshotSource(new URLSearchParams())).toEqual({ kind: 'url', baseUrl: 'http://127.0.0.1:4173/data/terbaru/' });
  });

  it('does not throw for another host: the source keeps the refused URL, which the loader rejects', () => {
    const s = defaultSnapshotSource(new URLSearchParams('snapshot=https://contoh.example/snap/'));
    expect(s).toEqual({ kind: 'url', baseUrl: 'https://contoh.example/snap/' });
  });
});
