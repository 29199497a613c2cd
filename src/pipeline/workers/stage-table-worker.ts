// Worker thread body of startStaging (stage-table.ts), loaded through boot.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { PipelineError } from '../../core/errors';
import { createPseudonymiser, type Pseudonymiser } from '../../core/linkage/pseudonym';
import { createKelurahanMatcher } from '../../core/normalise/region';
import { DTSEN, PENCAKER } from '../../core/tables/source-tables';
import type { SourceTableSpec } from '../../core/tables/column-spec';
import { nodeHmacSha256Hex } from '../node-hmac';
import { streamSourceTable } from '../read-source-table';
import { dtsenStager, pencakerStager, type Stager } from '../snapshots/pencaker';
import type { StagingJob, StagingMessage } from './stage-table';

const job = (workerData as { job: StagingJob }).job;
const logs: string[] = [];
const timings: Record<string, number> = {};
let message: StagingMessage;

/** With `job.measure`, a pseudonymiser that adds its running time to `timings.pseudonymise`. */
function measured(p: Pseudonymiser): Pseudonymiser {
  if (!job.measure) return p;
  timings.pseudonymise ??= 0;
  return (v) => {
    const t = performance.now();
    const out = p(v);
    timings.pseudonymise += performance.now() - t;
    return out;
  };
}

try {
  const t0 = performance.now();
  const ctx = { matchKelurahan: createKelurahanMatcher(job.kelurahanAliases) };
  // node:crypto's HMAC (the platform's maintained implementation; a hand-written SHA-256 was about
  // 1.9× faster but is not worth owning). A per-run cache only for KK (1M DTSEN rows share 288k KK
  // numbers); DTSEN's NIKs are unique, and 91 % of AK1 registrations are a person's only one.
  const pseudo = (purpose: 'nik' | 'kk', memo: boolean): Pseudonymiser =>
    measured(createPseudonymiser(job.secret, purpose, nodeHmacSha256Hex, memo ? new Map() : undefined));
  const [spec, stager] =
    job.table === 'pencaker'
      ? [PENCAKER as SourceTableSpec<any>, pencakerStager(job.file, pseudo('nik', false)) as Stager<any>]
      : [DTSEN as SourceTableSpec<any>, dtsenStager(job.file, pseudo('nik', false), pseudo('kk', true)) as Stager<any>];
  try {
    const effects = { log: (m: string) => logs.push(m), now: () => new Date() };
    const onRows = (rows: unknown[]) => stager.add(rows);
    const result = await streamSourceTable(spec, job.paths, ctx, job.mapping, effects, onRows, timings);
    timings.total = performance.now() - t0;
    message = { ok: true, outcome: { result, logs, timings } };
  } finally {
    stager.close();
  }
} catch (e) {
  const err = e as Error;
  message = {
    ok: false,
    error: {
      pipeline: e instanceof PipelineError ? { code: e.code, file: e.file, detail: e.detail } : undefined,
      message: err.message,
      stack: err.stack,
    },
  };
}
parentPort!.postMessage(message);
