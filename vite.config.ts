import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Static single-page app. base './' makes the build work from any folder (intranet share, laptop).
// Snapshots live in data/snapshots/ and are served as-is (publicDir), so the committed demo
// snapshot is at `${BASE_URL}demo/`.
export default defineConfig({
  base: './',
  publicDir: 'data/snapshots',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  // DuckDB-wasm ships its own workers and wasm, imported with `?url`; pre-bundling breaks them.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    // Keep the wasm and worker files as separate assets (never inlined as base64).
    assetsInlineLimit: (file) => (/\.(wasm|worker\.js)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 2000,
  },
});
