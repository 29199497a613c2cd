import { Worker } from 'node:worker_threads';
import { PipelineError } from '../../core/errors';
import type { SourceTableResult } from '../read-source-table';

/**
 * Staging a big source table (pencaker or DTSEN) in a worker thread: the worker reads, validates
 * and pseudonymises the table's files batch by batch and writes its CSV work file for DuckDB.
 * The build runs both tables at once, one per core. Only counts, report issues and log lines come
 * back (no rows cross threads), and the whole heap of a file's reading is returned to the system
 * when its worker exits, before DuckDB needs memory for the link.
 */
export interface StagingJob {
  table: 'pencaker' | 'dtsen';
  paths: string[];
  /** Column mapping for this table (`--mapping`). */
  mapping: Record<string, string>;
  /** Extra kelurahan aliases (`--mapping`). */
  kelurahanAliases?: Record<string, string>;
  secret: string | Uint8Array;
  /** The staging CSV to write. */
  file: string;
  /** Also time the pseudonymiser (slows it a little; scripts/bench/phases.ts). */
  measure?: boolean;
}

export interface StagingOutcome {
  /** As `streamSourceTable` returns it: `rows` is empty, the rows are in the staging file. */
  result: SourceTableResult<unknown>;
  /** The log lines of the read, for the caller to write in its own order. */
  logs: string[];
  /** Time (ms) spent: 'total', 'validate', 'onRows' (pseudonymise + write the staging CSV), and with `measure` 'pseudonymise'. */
  timings: Record<string, number>;
}

/** What the worker posts back (see stage-table-worker.ts). */
export type StagingMessage =
  | { ok: true; outcome: StagingOutcome }
  | { ok: false; error: { pipeline?: { code: PipelineError['code']; file: string; detail: string }; message: string; stack?: string } };

export interface RunningStaging {
  /** Resolves when the staging file is complete and the worker has exited; rejects with the worker's error (a PipelineError stays one). */
  done: Promise<StagingOutcome>;
  /** Stop the worker (when the build fails elsewhere). */
  cancel(): Promise<void>;
}

/** Start staging one table in a worker thread. */
export function startStaging(job: StagingJob): RunningStaging {
  const worker = new Worker(new URL('./boot.mjs', import.meta.url), {
    workerData: { entry: './stage-table-worker.ts', job },
    // A larger young generation (semi-spaces of 64 MiB instead of 16): each batch of rows is
    // garbage a moment after it is staged, and fewer scavenges copy fewer live batches.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  let settled = false;
  // `done` resolves once the worker has exited, so its heap is given back before DuckDB links.
  const done = new Promise<StagingOutcome>((resolve, reject) => {
    let outcome: StagingOutcome | undefined;
    worker.once('message', (m: StagingMessage) => {
      settled = true;
      if (m.ok) outcome = m.outcome;
      else reject(rebuildError(m.error));
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (outcome) resolve(outcome);
      else if (!settled) reject(new Error(`${job.table}: worker stopped (exit code ${code}) before finishing`));
    });
  });
  done.catch(() => {}); // the caller may cancel and never await `done`
  return {
    done,
    cancel: async () => {
      settled = true;
      await worker.terminate();
    },
  };
}

function rebuildError(e: Extract<StagingMessage, { ok: false }>['error']): Error {
  if (e.pipeline) return new PipelineError(e.pipeline.code, e.pipeline.file, e.pipeline.detail);
  return Object.assign(new Error(e.message), { stack: e.stack });
}
