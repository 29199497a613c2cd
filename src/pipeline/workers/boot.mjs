// Entry point of the pipeline's worker threads. The pipeline is TypeScript run through tsx, but a
// worker thread does not always inherit tsx's loader (under vitest it does not), so the worker
// module named in `workerData.entry` (relative to this folder) is loaded through tsx's API.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
