import { AppError, type SnapshotSource } from './types';

/** Reads the files of one snapshot folder by name. */
export interface SnapshotReader {
  /** Human label of where the snapshot comes from (URL or 'berkas lokal'). */
  label: string;
  /**
   * Bytes of `file` (a name from the manifest). A missing manifest is AppError('snapshot-missing');
   * a missing member file is AppError('snapshot-corrupt'), since the manifest promised it.
   */
  read(file: string, signal?: AbortSignal): Promise<Uint8Array>;
}

const missing = (file: string, where: string) =>
  file === 'manifest.json'
    ? new AppError('snapshot-missing', `manifest.json tidak ditemukan di ${where}`)
    : new AppError('snapshot-corrupt', `berkas ${file} tercantum di manifest tetapi tidak ada di ${where}`);

/** Reader over a folder on the web server (`baseUrl` absolute, ending in '/', already origin-checked). */
export function urlReader(baseUrl: string, fetchFn: typeof fetch = (...a) => fetch(...a)): SnapshotReader {
  return {
    label: baseUrl,
    async read(file, signal) {
      const url = new URL(file, baseUrl).href;
      let res: Response;
      try {
        // 'no-cache' revalidates with the server, so a republished snapshot is never mixed with cached files.
        res = await fetchFn(url, { cache: 'no-cache', signal });
      } catch (e) {
        if ((e as Error)?.name === 'AbortError') throw e;
        throw new AppError('snapshot-missing', `gagal mengambil ${url}: ${(e as Error)?.message ?? e}`);
      }
      // A dev server or SPA host answers unknown paths with index.html (200, text/html): treat as missing.
      const html = (res.headers.get('content-type') ?? '').includes('text/html');
      if (res.status === 404 || (res.ok && html)) throw missing(file, baseUrl);
      if (!res.ok) throw new AppError('snapshot-missing', `gagal mengambil ${url}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}

const relPath = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');

/**
 * Reader over files the user opened (an <input webkitdirectory> folder or a multi-file pick), matched
 * by file name. When several `manifest.json` were picked, the one nearest the top is used and other
 * files are looked up in its folder first.
 */
export function filesReader(files: readonly File[]): SnapshotReader {
  const manifests = files.filter((f) => f.name === 'manifest.json');
  manifests.sort((a, b) => relPath(a).split('/').length - relPath(b).split('/').length);
  const dir = manifests.length ? dirOf(relPath(manifests[0])) : '';
  const find = (name: string) =>
    (name === 'manifest.json' ? manifests[0] : undefined) ??
    files.find((f) => relPath(f) === dir + name) ??
    files.find((f) => f.name === name);
  return {
    label: 'berkas lokal',
    async read(file) {
      const f = find(file);
      if (!f) throw missing(file, 'berkas yang dipilih');
      return new Uint8Array(await f.arrayBuffer());
    },
  };
}

/** A stable text key of a source, so an identical source is not loaded twice. */
export function sourceKey(source: SnapshotSource): string {
  return source.kind === 'url'
    ? `url:${source.baseUrl}`
    : `files:${source.files.map((f) => `${relPath(f)}:${f.size}:${f.lastModified}`).join('|')}`;
}
