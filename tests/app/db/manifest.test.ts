import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/app/db/manifest';
import { AppError } from '../../../src/app/db/types';
import { SNAPSHOT_SCHEMA_VERSION, SNAPSHOT_TABLES } from '../../../src/core/schema/snapshot';

const H = 'a'.repeat(64);

function manifest(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: SNAPSHOT_SCHEMA_VERSION,
    pipeline_version: '0.1.0',
    built_at: '2026-04-01T00:00:00Z',
    demo: true,
    region: { kode: '64.74', nama: 'Kota Bontang' },
    periode: { mulai: '2023-01-01', akhir: '2026-03-31' },
    tables: SNAPSHOT_TABLES.map((t) => ({ name: t.name, file: `${t.name}.parquet`, rows: 1, bytes: 10, sha256: H })),
    files: [
      { name: 'kelurahan', file: 'kelurahan.geojson', bytes: 10, sha256: H },
      { name: 'kecamatan', file: 'kecamatan.geojson', bytes: 10, sha256: H },
    ],
    geometry: { kind: 'schematic', source: 'uji' },
    sources: [],
    rejects: { total_rejected: 0, total_repaired: 0, total_notes: 0, report: 'laporan/index.html' },
    ...overrides,
  };
}

function error(text: string): AppError {
  try {
    parseManifest(text);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected parseManifest to throw');
}

describe('parseManifest', () => {
  it('returns the contract tables in order and the two geometry files', () => {
    const m = manifest();
    (m.tables as unknown[]).reverse();
    (m.tables as unknown[]).push({ name: 'tabel_baru', file: 'tabel_baru.parquet', bytes: 1, sha256: H });
    const plan = parseManifest(JSON.stringify(m));
    expect(plan.tables.map((t) => t.name)).toEqual(SNAPSHOT_TABLES.map((t) => t.name));
    expect(plan.kelurahanGeo.file).toBe('kelurahan.geojson');
    expect(plan.kecamatanGeo.file).toBe('kecamatan.geojson');
    expect(plan.manifest.region.kode).toBe('64.74');
  });

  it('bad JSON is snapshot-corrupt', () => {
    const e = error('{ "schema_version": 1,');
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('snapshot-corrupt');
    expect(error('[1, 2]').code).toBe('snapshot-corrupt');
  });

  it('another schema version is snapshot-incompatible, naming both versions', () => {
    const e = error(JSON.stringify(manifest({ schema_version: SNAPSHOT_SCHEMA_VERSION + 1 })));
    expect(e.code).toBe('snapshot-incompatible');
    expect(e.detail).toContain(`versi skema ${SNAPSHOT_SCHEMA_VERSION + 1}`);
    expect(e.detail).toContain(`versi ${SNAPSHOT_SCHEMA_VERSION}`);
    expect(error(JSON.stringify(manifest({ schema_version: undefined }))).code).toBe('snapshot-incompatible');
  });

  it('a missing table, a missing geometry file, a bad hash or a path outside the folder is snapshot-corrupt', () => {
    const noTable = manifest();
    noTable.tables = noTable.tables.filter((t) => t.name !== 'validasi');
    expect(error(JSON.stringify(noTable)).detail).toContain('validasi');

    const noGeo = manifest({ files: [] });
    expect(error(JSON.stringify(noGeo)).detail).toContain('kelurahan.geojson');

    const badHash = manifest();
    badHash.tables[0].sha256 = 'xyz';
    expect(error(JSON.stringify(badHash)).code).toBe('snapshot-corrupt');

    for (const file of ['../rahasia.parquet', 'https://host-lain.example/x.parquet', '/etc/passwd', 'sub/x.parquet']) {
      const evil = manifest();
      evil.tables[1].file = file;
      const e = error(JSON.stringify(evil));
      expect(e.code, file).toBe('snapshot-corrupt');
      expect(e.detail).toContain(file);
    }
  });
});
