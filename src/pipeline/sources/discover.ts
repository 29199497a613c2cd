import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SOURCE_TABLES, type SourceTableName } from '../../core/tables/source-tables';
import { normaliseHeader } from '../../core/normalise/header';

export const TABLE_FILE_EXTENSIONS = ['.csv', '.xlsx', '.parquet'] as const;

/** The files of a source folder, grouped by the contract table they belong to. */
export interface DiscoveredSources {
  byTable: Map<SourceTableName, string[]>;
  /** Files present but not read (other extensions, or names matching no table). */
  ignored: string[];
}

/**
 * A file belongs to a table when its name starts with the table name, case and separators
 * ignored: `pencaker.csv`, `Pencaker 2025.xlsx`, `PENCAKER_jan-jun.csv` all feed `pencaker`.
 * Several files of one table are read in name order and concatenated.
 */
export async function discoverSources(dir: string): Promise<DiscoveredSources> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const byTable = new Map<SourceTableName, string[]>();
  const ignored: string[] = [];
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    if (!(TABLE_FILE_EXTENSIONS as readonly string[]).includes(ext) || name.startsWith('~$')) {
      ignored.push(name);
      continue;
    }
    const stem = normaliseHeader(name.slice(0, -ext.length));
    const table = SOURCE_TABLES.find((t) => stem === t.name || stem.startsWith(`${t.name}_`));
    if (!table) {
      ignored.push(name);
      continue;
    }
    const list = byTable.get(table.name) ?? [];
    list.push(join(dir, name));
    byTable.set(table.name, list);
  }
  return { byTable, ignored };
}
