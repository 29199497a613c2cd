import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App } from './App';
import { startEngines } from './db/load-browser';
import { defaultSnapshotSource } from './db/snapshot-source';
import { createI18n } from './messages/i18n';

// DuckDB-wasm and parquet-wasm download and compile while React renders and the snapshot is fetched.
startEngines();

const i18n = createI18n({ persist: true });
const source = defaultSnapshotSource(new URLSearchParams(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App source={source} i18n={i18n} />
  </StrictMode>,
);
