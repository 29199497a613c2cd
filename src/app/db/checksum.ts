import { sha256 } from '@noble/hashes/sha2.js';
import type { SnapshotManifest } from '../../core/schema/snapshot';
import { AppError } from './types';

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * SHA-256 of `bytes` as lower-case hex. Uses crypto.subtle; falls back to @noble/hashes where
 * crypto.subtle is missing (pages served over plain http from an intranet host are not a
 * "secure context", and browsers hide crypto.subtle there).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return toHex(new Uint8Array(digest));
  }
  return toHex(sha256(bytes));
}

/** Throw AppError('snapshot-corrupt') naming `file` unless `bytes` hash to `expected`. */
export async function verifySha256(file: string, bytes: Uint8Array, expected: string): Promise<void> {
  const actual = await sha256Hex(bytes);
  if (actual !== expected.toLowerCase()) {
    throw new AppError('snapshot-corrupt', `checksum ${file} tidak cocok (manifest ${expected.toLowerCase()}, berkas ${actual})`);
  }
}

/**
 * Stable id of a snapshot's content: a hash over every file name and hash in the manifest, so the
 * same snapshot opened from the server or from disk shares its query cache. 16 hex digits.
 */
export async function snapshotVersion(manifest: Pick<SnapshotManifest, 'tables' | 'files'>): Promise<string> {
  const text = [...manifest.tables, ...manifest.files]
    .map((f) => `${f.file}:${f.sha256.toLowerCase()}`)
    .sort()
    .join('\n');
  return (await sha256Hex(new TextEncoder().encode(text))).slice(0, 16);
}
