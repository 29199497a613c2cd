import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex, snapshotVersion, verifySha256 } from '../../../src/app/db/checksum';
import { AppError } from '../../../src/app/db/types';

const bytes = new TextEncoder().encode('Simpul Kerja — data uji');
const hex = createHash('sha256').update(bytes).digest('hex');

afterEach(() => vi.unstubAllGlobals());

describe('sha256Hex', () => {
  it('matches Node crypto, with crypto.subtle and with the fallback used outside secure contexts', async () => {
    expect(await sha256Hex(bytes)).toBe(hex);
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex(bytes)).toBe(hex);
  });
});

describe('verifySha256', () => {
  it('accepts the right hash in either case', async () => {
    await expect(verifySha256('pencaker.parquet', bytes, hex.toUpperCase())).resolves.toBeUndefined();
  });

  it('rejects one flipped byte as snapshot-corrupt naming the file', async () => {
    const bad = bytes.slice();
    bad[3] ^= 1;
    const e = await verifySha256('pencaker.parquet', bad, hex).catch((x: unknown) => x as AppError);
    expect(e).toBeInstanceOf(AppError);
    expect(e!.code).toBe('snapshot-corrupt');
    expect(e!.detail).toContain('pencaker.parquet');
  });
});

describe('snapshotVersion', () => {
  const m = {
    tables: [
      { name: 'a', file: 'a.parquet', bytes: 1, sha256: 'A'.repeat(64) },
      { name: 'b', file: 'b.parquet', bytes: 1, sha256: 'b'.repeat(64) },
    ],
    files: [{ name: 'kelurahan', file: 'kelurahan.geojson', bytes: 1, sha256: 'c'.repeat(64) }],
  };
  it('depends on content only: order and hash case do not matter, one hash does', async () => {
    const v = await snapshotVersion(m);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(await snapshotVersion({ tables: [...m.tables].reverse(), files: m.files })).toBe(v);
    expect(await snapshotVersion({ tables: [{ ...m.tables[0], sha256: 'a'.repeat(64) }, m.tables[1]], files: m.files })).toBe(v);
    expect(await snapshotVersion({ tables: [m.tables[0], { ...m.tables[1], sha256: 'd'.repeat(64) }], files: m.files })).not.toBe(v);
  });
});
