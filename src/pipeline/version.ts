import { readFileSync } from 'node:fs';

/** The pipeline version written into every manifest: the package version. */
export const PIPELINE_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
