import { describe, expect, it } from 'vitest';
import { filesReader, sourceKey, urlReader } from '../../../src/app/db/snapshot-files';
import { AppError } from '../../../src/app/db/types';

const base = 'http://127.0.0.1:4173/demo/';

function fakeFetch(files: Record<string, { status?: number; type?: string; body?: string }>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    expect(init?.cache).toBe('no-cache');
    const url = String(input);
    if (url.endsWith('putus.parquet')) throw new TypeError('Failed to fetch');
    const f = files[url.slice(base.length)];
    if (!f) return new Response('<!doctype html><title>SPA</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    return new Response(f.body ?? 'isi', { status: f.status ?? 200, headers: { 'content-type': f.type ?? 'application/octet-stream' } });
  }) as typeof fetch;
}

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e as AppError).code);

describe('urlReader', () => {
  const reader = urlReader(base, fakeFetch({ 'manifest.json': { type: 'application/json', body: '{}' }, 'a.parquet': {}, 'gone.parquet': { status: 404 }, 'err.parquet': { status: 500 } }));

  it('reads files relative to the snapshot folder', async () => {
    expect(new TextDecoder().decode(await reader.read('a.parquet'))).toBe('isi');
    expect(new TextDecoder().decode(await reader.read('manifest.json'))).toBe('{}');
  });

  it('maps missing files: manifest -> snapshot-missing, member -> snapshot-corrupt (also for an SPA index.html fallback)', async () => {
    const noManifest = urlReader(base, fakeFetch({}));
    expect(await code(noManifest.read('manifest.json'))).toBe('snapshot-missing');
    expect(await code(reader.read('gone.parquet'))).toBe('snapshot-corrupt');
    expect(await code(reader.read('html-fallback.parquet'))).toBe('snapshot-corrupt');
    expect(await code(reader.read('err.parquet'))).toBe('snapshot-missing');
    expect(await code(reader.read('putus.parquet'))).toBe('snapshot-missing');
  });
});

function file(rel: string, body: string): File {
  const f = new File([body], rel.split('/').pop()!);
  Object.defineProperty(f, 'webkitRelativePath', { value: rel });
  return f;
}

describe('filesReader', () => {
  it('matches by name, preferring the folder of the top-most manifest.json', async () => {
    const reader = filesReader([
      file('snapshots/lama/manifest.json', 'lama'),
      file('snapshots/lama/pencaker.parquet', 'lama-p'),
      file('snapshots/manifest.json', 'baru'),
      file('snapshots/pencaker.parquet', 'baru-p'),
      file('snapshots/laporan/index.html', 'x'),
    ]);
    const text = async (n: string) => new TextDecoder().decode(await reader.read(n));
    expect(reader.label).toBe('berkas lokal');
    expect(await text('manifest.json')).toBe('baru');
    expect(await text('pencaker.parquet')).toBe('baru-p');
    expect(await code(reader.read('wilayah.parquet'))).toBe('snapshot-corrupt');
    expect(await code(filesReader([file('x/a.parquet', '')]).read('manifest.json'))).toBe('snapshot-missing');
  });

  it('works with plain picked files (no relative paths)', async () => {
    const reader = filesReader([new File(['m'], 'manifest.json'), new File(['w'], 'wilayah.parquet')]);
    expect(new TextDecoder().decode(await reader.read('wilayah.parquet'))).toBe('w');
  });
});

describe('sourceKey', () => {
  it('is equal for equal sources and differs otherwise', () => {
    expect(sourceKey({ kind: 'url', baseUrl: base })).toBe(sourceKey({ kind: 'url', baseUrl: base }));
    expect(sourceKey({ kind: 'url', baseUrl: base })).not.toBe(sourceKey({ kind: 'url', baseUrl: `${base}x/` }));
    const a = new File(['1'], 'manifest.json', { lastModified: 1 });
    const b = new File(['12'], 'manifest.json', { lastModified: 1 });
    expect(sourceKey({ kind: 'files', files: [a] })).not.toBe(sourceKey({ kind: 'files', files: [b] }));
  });
});
