import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderSnapshotSchemaMd } from '../../../src/pipeline/docs/snapshot-schema-md';
import { SNAPSHOT_TABLES } from '../../../src/core/schema/snapshot';

describe('docs/snapshot-schema.md', () => {
  it('is up to date with src/core/schema/snapshot.ts (run `npm run docs:schema`)', () => {
    expect(readFileSync('docs/snapshot-schema.md', 'utf8')).toBe(renderSnapshotSchemaMd());
  });
  it('documents every column of every table', () => {
    const md = renderSnapshotSchemaMd();
    for (const t of SNAPSHOT_TABLES) for (const c of t.columns) expect(md).toContain(`| \`${c.name}\` | ${c.type}`);
  });
});
