import { describe, expect, it } from 'vitest';
import { checkSnapshotUrl, resolveSnapshotUrl } from '../../../src/app/db/snapshot-source';
import { AppError } from '../../../src/app/db/types';

const page = { href: 'http://10.0.0.5/dasbor/index.html?snapshot=x' };

function refused(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('resolveSnapshotUrl', () => {
  it('defaults to the demo snapshot under the app base', () => {
    expect(resolveSnapshotUrl({ baseUrl: './' }, page)).toBe('http://10.0.0.5/dasbor/demo/');
    expect(resolveSnapshotUrl({ baseUrl: '/' }, page)).toBe('http://10.0.0.5/demo/');
  });

  it('prefers ?snapshot=, then VITE_SNAPSHOT_URL', () => {
    expect(resolveSnapshotUrl({ param: 'bulanan/2026-03', envUrl: '/data/', baseUrl: './' }, page)).toBe('http://10.0.0.5/dasbor/bulanan/2026-03/');
    expect(resolveSnapshotUrl({ param: '/arsip/2025-12/', baseUrl: './' }, page)).toBe('http://10.0.0.5/arsip/2025-12/');
    expect(resolveSnapshotUrl({ param: 'http://10.0.0.5/lain/', baseUrl: './' }, page)).toBe('http://10.0.0.5/lain/');
    expect(resolveSnapshotUrl({ param: '  ', envUrl: '/data/snap', baseUrl: './' }, page)).toBe('http://10.0.0.5/data/snap/');
    expect(resolveSnapshotUrl({ param: null, envUrl: '', baseUrl: './' }, page)).toBe('http://10.0.0.5/dasbor/demo/');
  });

  it('refuses other hosts, ports, schemes and protocol-relative URLs as snapshot-missing', () => {
    for (const param of ['https://contoh.example/snap/', '//contoh.example/snap/', 'http://10.0.0.5:8080/snap/', 'https://10.0.0.5/snap/', 'data:text/plain,x', 'javascript:alert(1)']) {
      const e = refused(() => resolveSnapshotUrl({ param, baseUrl: './' }, page));
      expect(e, param).toBeInstanceOf(AppError);
      expect(e.code).toBe('snapshot-missing');
    }
    expect(refused(() => resolveSnapshotUrl({ envUrl: 'https://cdn.example/', baseUrl: './' }, page)).code).toBe('snapshot-missing');
  });

  it('checkSnapshotUrl refuses an empty folder and keeps a good one', () => {
    expect(refused(() => checkSnapshotUrl('', page)).code).toBe('snapshot-missing');
    expect(checkSnapshotUrl('http://10.0.0.5/demo', page)).toBe('http://10.0.0.5/demo/');
  });
});
