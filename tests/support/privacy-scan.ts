import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** Every file below `dir`, recursively. */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFilesRecursive(p)));
    else out.push(p);
  }
  return out;
}

/**
 * Look for personal data in files the pipeline wrote: each given secret string (NIK, KK, name,
 * birth date) and any run of 16 digits. Parquet files are compressed, so they are decoded and
 * every value is scanned as text; other files are scanned as they are.
 */
export async function scanForPersonalData(files: readonly string[], secrets: readonly string[]): Promise<string[]> {
  const findings: string[] = [];
  const wanted = secrets.filter((s) => s.length >= 6);
  for (const f of files) {
    const text = f.endsWith('.parquet') ? await parquetAsText(f) : await readFile(f, 'utf8');
    for (const s of wanted) if (text.includes(s)) findings.push(`${f}: contains ${s.slice(0, 4)}…`);
    const run = /(?<!\d)\d{16}(?!\d)/.exec(text);
    if (run) findings.push(`${f}: 16-digit number ${run[0].slice(0, 4)}…`);
  }
  return findings;
}

async function parquetAsText(file: string): Promise<string> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    const r = await conn.runAndReadAll(`SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    return r
      .getRows()
      .map((row) => row.map((v) => String(v)).join('\t'))
      .join('\n');
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
