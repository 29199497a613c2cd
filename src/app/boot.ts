/**
 * Imported first by main.tsx, so it runs before the other modules of the bundle: the snapshot's
 * manifest, overview preview and geometry are requested before any code-split chunk (ECharts, the
 * analysis pages) takes the browser's few connections to the server.
 */
import { prefetchSnapshot } from './db/prefetch';
import { defaultSnapshotSource } from './db/snapshot-source';

/** The snapshot the app opens at start (see `defaultSnapshotSource`). */
export const bootSource = defaultSnapshotSource(new URLSearchParams(window.location.search));
prefetchSnapshot(bootSource);
