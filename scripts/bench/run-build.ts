// Child process of bench-pipeline: runs one build and prints {ms, maxRssKb} as the last line.
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { DEMO_SECRET } from '../../src/core/linkage/pseudonym';

const [source, out] = process.argv.slice(2);
const t0 = performance.now();
await buildSnapshot(
  { sourceDir: source, outDir: out, secret: DEMO_SECRET, demo: true },
  { log: (m) => console.error(m), now: () => new Date() },
);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
