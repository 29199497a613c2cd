import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { PipelineError } from '../core/errors';
import { DEMO_SECRET, MIN_SECRET_BYTES } from '../core/linkage/pseudonym';
import { buildSnapshot, type MappingFile } from './build-snapshot';
import { generateDemoData } from './demo';
import { consoleEffects } from './effects';

/** Where the embedded demo snapshot lives (served by Vite as /demo/) and its generated sources. */
export const DEMO_SNAPSHOT_DIR = 'data/snapshots/demo';
export const DEMO_SOURCE_DIR = 'data/raw/demo';

const HELP = `Simpul Kerja — pipeline snapshot

Perintah / commands:
  snapshot --source <folder> --out <folder> [--boundaries <geojson>] [--secret-file <berkas>] [--mapping <json>] [--demo]
      Membangun snapshot (Parquet + manifest.json + laporan/) dari ekspor dinas.
      Builds a snapshot from the agencies' exports.
      --source       folder berisi pencaker.csv/.xlsx/.parquet, dtsen…, perusahaan…, lowongan…, validasi…, pelatihan…, indikator…
      --out          folder snapshot; diganti hanya bila pembangunan berhasil / replaced only on success
      --boundaries   GeoJSON batas kelurahan (tanpa ini peta skematis / without it the map is schematic)
      --secret-file  berkas berisi kunci rahasia pseudonim NIK (≥ ${MIN_SECRET_BYTES} byte); atau variabel SIMPUL_KERJA_SECRET
      --mapping      JSON: {"columns": {"pencaker": {"NO KTP": "nik"}}, "kelurahan": {"Selambai": "64.74.01.1003"}}
      --demo         data sintetis: memakai kunci demo publik dan menandai snapshot "DATA SIMULASI"

  demo-data --out <folder> [--seed N] [--scale N]
      Membuat folder sumber sintetis (data simulasi) untuk Kota Bontang, plus truth.json.
      --scale N      N pendaftaran pencari kerja (mis. 1000000 untuk benchmark)

  demo-snapshot
      Membuat ulang snapshot demo tertanam (${DEMO_SNAPSHOT_DIR}) dari data demo (seed bawaan).
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  if (command === 'snapshot') {
    const { values } = parseArgs({
      args: rest,
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        boundaries: { type: 'string' },
        'secret-file': { type: 'string' },
        mapping: { type: 'string' },
        demo: { type: 'boolean', default: false },
      },
    });
    if (!values.source || !values.out) {
      console.error('Wajib: --source dan --out / required: --source and --out\n\n' + HELP);
      return 2;
    }
    const secret = await resolveSecret(values['secret-file'], values.demo ?? false);
    const mapping = values.mapping ? await readMapping(values.mapping) : undefined;
    await buildSnapshot(
      {
        sourceDir: resolve(values.source),
        outDir: resolve(values.out),
        boundariesPath: values.boundaries ? resolve(values.boundaries) : undefined,
        secret,
        demo: values.demo,
        mapping,
      },
      consoleEffects,
    );
    return 0;
  }
  if (command === 'demo-data') {
    const { values } = parseArgs({
      args: rest,
      options: { out: { type: 'string' }, seed: { type: 'string' }, scale: { type: 'string' } },
    });
    if (!values.out) {
      console.error('Wajib: --out / required: --out');
      return 2;
    }
    const truth = await generateDemoData({
      outDir: resolve(values.out),
      seed: values.seed ? Number(values.seed) : undefined,
      scale: values.scale ? Number(values.scale) : undefined,
      log: (m) => console.log(m),
    });
    console.log(`Data demo ditulis / demo data written: ${values.out} (${truth.files.length} berkas)`);
    return 0;
  }
  if (command === 'demo-snapshot') {
    await generateDemoData({ outDir: resolve(DEMO_SOURCE_DIR), log: (m) => console.log(m) });
    await buildSnapshot(
      { sourceDir: resolve(DEMO_SOURCE_DIR), outDir: resolve(DEMO_SNAPSHOT_DIR), secret: DEMO_SECRET, demo: true },
      consoleEffects,
    );
    return 0;
  }
  console.error(`Perintah tidak dikenal / unknown command: ${command}\n\n${HELP}`);
  return 2;
}

/** The secret comes from a file or SIMPUL_KERJA_SECRET; only demo mode may use the public demo secret. */
async function resolveSecret(secretFile: string | undefined, demo: boolean): Promise<string | Uint8Array> {
  if (secretFile) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(secretFile));
    } catch (e) {
      throw new PipelineError('secret-missing', secretFile, `Berkas kunci tidak dapat dibaca: ${(e as Error).message}`);
    }
    const text = new TextDecoder().decode(bytes).trim();
    return checkLength(text, secretFile);
  }
  const env = process.env.SIMPUL_KERJA_SECRET;
  if (env) return checkLength(env, 'SIMPUL_KERJA_SECRET');
  if (demo) return DEMO_SECRET;
  throw new PipelineError(
    'secret-missing',
    '--secret-file',
    'Buat berkas berisi kunci acak (mis. `openssl rand -hex 32 > kunci.txt`), simpan di tempat aman, lalu jalankan dengan --secret-file kunci.txt. ' +
      'Create a file holding a random key, keep it safe, and pass --secret-file.',
  );
}

function checkLength(secret: string, where: string): string {
  if (new TextEncoder().encode(secret).length < MIN_SECRET_BYTES) {
    throw new PipelineError('secret-missing', where, `Kunci terlalu pendek: minimal ${MIN_SECRET_BYTES} byte / secret too short`);
  }
  return secret;
}

async function readMapping(path: string): Promise<MappingFile> {
  try {
    const m = JSON.parse(await readFile(path, 'utf8')) as MappingFile;
    if (typeof m !== 'object' || m === null) throw new Error('bukan objek JSON / not a JSON object');
    return m;
  } catch (e) {
    throw new PipelineError('mapping-invalid', path, (e as Error).message);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof PipelineError) {
      console.error(`GAGAL / FAILED — ${e.message}`);
    } else {
      console.error(e);
    }
    process.exit(1);
  },
);
