import { AppError, type SnapshotSource } from './types';

/** What `resolveSnapshotUrl` needs to know about the page (injected so it is testable in Node). */
export interface PageLocation {
  /** URL of the page (or document base) that relative folders are resolved against. */
  href: string;
}

/**
 * Resolve the snapshot folder: `?snapshot=<folder>` (relative to the app, or a same-origin absolute
 * path/URL), else the build-time `VITE_SNAPSHOT_URL`, else `${BASE_URL}demo/`. The result is an
 * absolute URL ending in '/'. A folder on another origin is refused with AppError('snapshot-missing'):
 * the app is offline-first and never fetches from another host.
 */
export function resolveSnapshotUrl(
  input: { param?: string | null; envUrl?: string | null; baseUrl: string },
  page: PageLocation,
): string {
  return checkSnapshotUrl(input.param?.trim() || input.envUrl?.trim() || `${input.baseUrl}demo/`, page);
}

/**
 * Turn a snapshot folder (relative or absolute) into an absolute URL ending in '/', or throw
 * AppError('snapshot-missing') when it is invalid or on another origin than the page. The loader
 * calls this too, so a source built anywhere (not only by `defaultSnapshotSource`) is checked.
 */
export function checkSnapshotUrl(folder: string, page: PageLocation): string {
  let url: URL;
  try {
    url = new URL(folder, page.href);
  } catch {
    throw new AppError('snapshot-missing', `alamat snapshot tidak valid: ${folder}`);
  }
  const pageOrigin = new URL(page.href).origin;
  if (!folder || url.origin !== pageOrigin || !/^(https?|file):$/.test(url.protocol)) {
    throw new AppError('snapshot-missing', `snapshot dari host lain ditolak (hanya ${pageOrigin}): ${url.href}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function pageLocation(): PageLocation {
  const href = typeof document !== 'undefined' && document.baseURI ? document.baseURI : globalThis.location?.href;
  return { href: href ?? 'http://localhost/' };
}

/**
 * The snapshot the app opens at start. Never throws: a refused or invalid `?snapshot=` gives a URL
 * source whose loading fails with AppError('snapshot-missing') (the loader checks the origin again).
 */
export function defaultSnapshotSource(search: URLSearchParams): SnapshotSource {
  const input = {
    param: search.get('snapshot'),
    envUrl: import.meta.env.VITE_SNAPSHOT_URL as string | undefined,
    baseUrl: import.meta.env.BASE_URL ?? '/',
  };
  const page = pageLocation();
  try {
    return { kind: 'url', baseUrl: resolveSnapshotUrl(input, page) };
  } catch {
    const raw = input.param?.trim() || input.envUrl?.trim() || '';
    return { kind: 'url', baseUrl: raw };
  }
}

/** The page location used by the loader (browser: document base; elsewhere a placeholder). */
export function currentPage(): PageLocation {
  return pageLocation();
}
