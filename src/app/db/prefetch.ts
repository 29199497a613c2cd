import { parseManifest } from './manifest';
import { urlReader, type SnapshotReader } from './snapshot-files';
import { checkSnapshotUrl, currentPage } from './snapshot-source';
import type { SnapshotSource } from './types';

/** Files of one snapshot folder requested at boot, by file name (see `prefetchSnapshot`). */
let prefetched: { baseUrl: string; files: Map<string, Promise<Uint8Array>> } | null = null;

/** Longest wait for the boot-time files before deferred work starts anyway (slow server). */
const FIRST_FILES_MAX_MS = 1500;
let releaseFirstFiles: () => void = () => undefined;
const firstFiles = new Promise<void>((resolve) => (releaseFirstFiles = resolve));
let prefetchStarted = false;
// Without a boot-time prefetch in this task (files from disk, tests), nothing is waited for.
setTimeout(() => {
  if (!prefetchStarted) releaseFirstFiles();
}, 0);

/**
 * Run `task` once the snapshot files the first page needs have arrived (or after at most 1.5 s),
 * for work that would otherwise take the browser's few connections to the server first: the
 * code-split chunks (ECharts, the analysis pages) that are fetched ahead of use.
 */
export function afterFirstFiles(task: () => void): void {
  void firstFiles.then(task);
}

/**
 * Request, at boot and before React has rendered, what the first page needs from the snapshot
 * folder: `manifest.json`, then the overview preview and the geometry it lists. The loader takes
 * these responses instead of fetching again (same URL and request, and it still verifies every
 * hash). Only for a folder on the web server; errors surface when the loader reads the file.
 * Kept apart from the loader (no DuckDB, no Arrow) so `boot.ts` can run it before any other module.
 */
export function prefetchSnapshot(source: SnapshotSource): void {
  if (source.kind !== 'url') return;
  let baseUrl: string;
  try {
    baseUrl = checkSnapshotUrl(source.baseUrl, currentPage());
  } catch {
    return; // the loader reports the refused folder
  }
  prefetchStarted = true;
  setTimeout(releaseFirstFiles, FIRST_FILES_MAX_MS);
  const reader = urlReader(baseUrl);
  const files = new Map<string, Promise<Uint8Array>>();
  const get = (file: string) => {
    const p = reader.read(file);
    p.catch(() => undefined); // reported by the loader
    files.set(file, p);
    return p;
  };
  get('manifest.json')
    .then((bytes) => {
      const plan = parseManifest(new TextDecoder().decode(bytes));
      const first = [plan.pratinjau, plan.kelurahanGeo, plan.kecamatanGeo].flatMap((entry) => (entry ? [get(entry.file)] : []));
      return Promise.allSettled(first);
    })
    .catch(() => undefined)
    .finally(releaseFirstFiles);
  prefetched = { baseUrl, files };
}

/** `reader`, answering from the boot-time requests for `baseUrl` where there are any. */
export function withPrefetched(reader: SnapshotReader, baseUrl: string): SnapshotReader {
  const files = prefetched?.baseUrl === baseUrl ? prefetched.files : undefined;
  if (!files) return reader;
  return { label: reader.label, read: (file, signal) => files.get(file) ?? reader.read(file, signal) };
}

/** Drop the boot-time responses (once a load has used them), so a later load fetches afresh. */
export function forgetPrefetched(): void {
  prefetched = null;
}
