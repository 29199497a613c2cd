import { writeFileSync } from 'node:fs';
import { renderSnapshotSchemaMd } from '../src/pipeline/docs/snapshot-schema-md';

writeFileSync('docs/snapshot-schema.md', renderSnapshotSchemaMd());
console.log('docs/snapshot-schema.md ditulis / written');
