/**
 * Side effects the pipeline needs, passed in so tests can silence the log and fix the clock.
 * Log lines never contain personal data: they name files, tables and counts only.
 */
export interface PipelineEffects {
  log(message: string): void;
  now(): Date;
}

export const consoleEffects: PipelineEffects = {
  log: (m) => console.log(m),
  now: () => new Date(),
};

export const silentEffects: PipelineEffects = {
  log: () => {},
  now: () => new Date('2026-11-22T00:00:00Z'),
};
