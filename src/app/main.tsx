// First: requests the snapshot's manifest, overview preview and geometry (see boot.ts).
import { bootSource } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App } from './App';
import { startEngines } from './db/load-browser';
import { createI18n } from './messages/i18n';

// DuckDB-wasm downloads and compiles while React renders (parquet-wasm follows once the first
// page is drawn).
startEngines();

const i18n = createI18n({ persist: true });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App source={bootSource} i18n={i18n} />
  </StrictMode>,
);
