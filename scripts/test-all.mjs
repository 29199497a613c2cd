#!/usr/bin/env node
// `npm test`: every test of the project, in order — type check, unit and pipeline tests (Node and
// jsdom), then the real-browser tests (production build served on 127.0.0.1, driven in Debian's
// Chromium). Installs Chromium with apt-get when it is missing and we run as root; otherwise says
// exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${label} gagal / failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium tidak ditemukan di ${CHROMIUM} / Chromium not found.\n` +
        'Pasang dengan / install with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(atau set CHROMIUM_PATH ke Chromium lain / or point CHROMIUM_PATH at another Chromium)',
    );
    process.exit(1);
  }
  run('Memasang Chromium (apt-get) / installing Chromium', 'bash', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core',
  ]);
}

ensureChromium();
run('Pemeriksaan tipe / type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Uji unit dan pipeline / unit and pipeline tests', 'npx', ['vitest', 'run']);
run('Uji peramban / browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts'], { CHROMIUM_PATH: CHROMIUM });
console.log('\nSemua uji lulus / all tests passed');
