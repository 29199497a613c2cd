import {
  SNAPSHOT_SCHEMA_VERSION,
  SNAPSHOT_TABLES,
  type ManifestFile,
  type SnapshotManifest,
} from '../../core/schema/snapshot';
import { AppError } from './types';

/** File names a manifest may point to: plain names in the snapshot folder, nothing that leaves it. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkFile(v: unknown, where: string): ManifestFile {
  if (!isObj(v) || typeof v.name !== 'string' || typeof v.file !== 'string' || typeof v.sha256 !== 'string') {
    throw new AppError('snapshot-corrupt', `manifest.json: entri ${where} tidak lengkap (name, file, sha256)`);
  }
  if (!SAFE_NAME.test(v.file) || v.file.includes('..')) {
    throw new AppError('snapshot-corrupt', `manifest.json: nama berkas tidak diizinkan: ${v.file}`);
  }
  if (!/^[0-9a-f]{64}$/i.test(v.sha256)) {
    throw new AppError('snapshot-corrupt', `manifest.json: sha256 ${v.file} bukan 64 digit heksadesimal`);
  }
  return v as unknown as ManifestFile;
}

/** The manifest entries the app needs: every contract table and the two geometry files. */
export interface ManifestPlan {
  manifest: SnapshotManifest;
  /** One entry per table of SNAPSHOT_TABLES, in contract order. */
  tables: ManifestFile[];
  kelurahanGeo: ManifestFile;
  kecamatanGeo: ManifestFile;
  /** The overview preview, when the manifest lists one (older snapshots do not). */
  pratinjau?: ManifestFile;
}

/**
 * Parse and check `manifest.json` text.
 * Bad JSON or a missing/odd entry -> AppError('snapshot-corrupt');
 * another schema version -> AppError('snapshot-incompatible') naming both versions.
 */
export function parseManifest(text: string): ManifestPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AppError('snapshot-corrupt', `manifest.json bukan JSON yang sah: ${(e as Error).message}`);
  }
  if (!isObj(data)) throw new AppError('snapshot-corrupt', 'manifest.json bukan objek JSON');
  if (data.schema_version !== SNAPSHOT_SCHEMA_VERSION) {
    throw new AppError(
      'snapshot-incompatible',
      `snapshot memakai versi skema ${JSON.stringify(data.schema_version ?? null)}, aplikasi ini membaca versi ${SNAPSHOT_SCHEMA_VERSION}`,
    );
  }
  if (!Array.isArray(data.tables) || !Array.isArray(data.files)) {
    throw new AppError('snapshot-corrupt', 'manifest.json: daftar tables/files tidak ada');
  }
  const tables = data.tables.map((t, i) => checkFile(t, `tables[${i}]`));
  const files = data.files.map((f, i) => checkFile(f, `files[${i}]`));
  const planned = SNAPSHOT_TABLES.map((def) => {
    const entry = tables.find((t) => t.name === def.name);
    if (!entry) throw new AppError('snapshot-corrupt', `manifest.json: tabel ${def.name} tidak ada`);
    return entry;
  });
  const geo = (name: 'kelurahan' | 'kecamatan') => {
    const entry = files.find((f) => f.file === `${name}.geojson`) ?? files.find((f) => f.name === name);
    if (!entry) throw new AppError('snapshot-corrupt', `manifest.json: berkas ${name}.geojson tidak ada`);
    return entry;
  };
  // The preview is optional: an entry that is not a proper file entry is ignored, not fatal.
  let pratinjau: ManifestFile | undefined;
  if (data.pratinjau !== undefined) {
    try {
      pratinjau = checkFile(data.pratinjau, 'pratinjau');
    } catch (e) {
      console.warn((e as AppError).detail);
    }
  }
  return {
    manifest: data as unknown as SnapshotManifest,
    tables: planned,
    kelurahanGeo: geo('kelurahan'),
    kecamatanGeo: geo('kecamatan'),
    ...(pratinjau ? { pratinjau } : {}),
  };
}
