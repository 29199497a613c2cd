import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Builds the app once, adds two broken copies of the demo snapshot to the build output
 * (one with a corrupted table, one with a future schema version), and serves it all on
 * 127.0.0.1 with `vite preview`. Tests read the address from `inject('baseUrl')`.
 */
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  // a private build folder: several test runs (or a developer's own `npm run build`) never clash
  const outDir = await mkdtemp(join(tmpdir(), 'sk-dist-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

  const demo = join(outDir, 'demo');
  const corrupt = join(outDir, 'uji-rusak');
  await rm(corrupt, { recursive: true, force: true });
  await cp(demo, corrupt, { recursive: true });
  const victim = join(corrupt, 'pencaker.parquet');
  const bytes = await readFile(victim);
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  await writeFile(victim, bytes);

  const future = join(outDir, 'uji-versi');
  await rm(future, { recursive: true, force: true });
  await cp(demo, future, { recursive: true });
  const manifest = JSON.parse(await readFile(join(future, 'manifest.json'), 'utf8'));
  manifest.schema_version = 999;
  await writeFile(join(future, 'manifest.json'), JSON.stringify(manifest));

  server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false }, build: { outDir } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  project.provide('baseUrl', url);
  project.provide('snapshotDir', join(root, 'data/snapshots/demo'));

  return async () => {
    await new Promise<void>((r) => server!.httpServer.close(() => r()));
    await rm(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    snapshotDir: string;
  }
}
