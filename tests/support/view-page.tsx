import { readFileSync } from 'node:fs';
import type { SnapshotState } from '../../src/app/db/SnapshotProvider';
import type { DbClient, FeatureCollectionLike } from '../../src/app/db/types';
import { fakeManifest, fakeSnapshot, readyState } from './render';
import { openSnapshotDb, type SnapshotDb } from './snapshot-db';

/**
 * Shared pieces of the jsdom page tests of the analysis views. `vi.mock` calls stay in each test
 * file (Vitest hoists them) and take their fakes from here:
 *
 *   vi.mock('…/components/views/ViewEChart', async () => ({ ViewEChart: (await import('…/support/view-page')).FakeViewEChart }));
 */

/** ECharts stand-in: keeps the chart's text alternative. */
export function FakeViewEChart(p: { description: string }) {
  return <div role="img" aria-label={p.description} data-testid="echart" />;
}

/** Leaflet map stand-in: one clickable path per kelurahan, as the real map draws. */
export function FakeKelurahanMap(p: {
  kelurahanGeo: { features: Array<{ properties: Record<string, unknown> }> };
  onSelect(kode: string): void;
}) {
  return (
    <svg data-testid="fake-map">
      {p.kelurahanGeo.features.map((f) => (
        <path
          key={String(f.properties.kode)}
          className="kelurahan-shape"
          data-kode={String(f.properties.kode)}
          onClick={() => p.onSelect(String(f.properties.kode))}
        />
      ))}
    </svg>
  );
}

/**
 * A "ready" snapshot state whose client runs the browser's SQL on the committed demo snapshot
 * through @duckdb/node-api, with the demo's real geometry. Close `db` after the tests.
 */
export async function demoSnapshotState(dir = 'data/snapshots/demo'): Promise<{ state: SnapshotState; db: SnapshotDb; periode: string }> {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const db = await openSnapshotDb(dir);
  const client: DbClient = { query: (sql, params) => db.query(sql, params) };
  const snapshot = fakeSnapshot(fakeManifest({ periode: manifest.periode, geometry: manifest.geometry }));
  snapshot.kelurahanGeo = JSON.parse(readFileSync(`${dir}/kelurahan.geojson`, 'utf8')) as FeatureCollectionLike;
  snapshot.kecamatanGeo = JSON.parse(readFileSync(`${dir}/kecamatan.geojson`, 'utf8')) as FeatureCollectionLike;
  return { state: readyState(client, snapshot), db, periode: manifest.periode.akhir.slice(0, 7) };
}
