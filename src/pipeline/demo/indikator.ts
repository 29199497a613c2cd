import { join } from 'node:path';
import { PUBLISHED_INDICATORS } from '../../core/reference/published-indicators';
import { CsvWriter } from './sinks';
import { cleanTable, type TableTruth } from './truth';

/** indikator.csv: the real published figures (core/reference/published-indicators), UTF-8, ','. */
export async function writeIndikator(dir: string): Promise<TableTruth> {
  const w = await CsvWriter.create(join(dir, 'indikator.csv'), { delimiter: ',', encoding: 'utf-8' });
  await w.header(['tahun', 'periode', 'wilayah', 'indikator', 'nilai', 'satuan', 'sumber', 'catatan']);
  for (const r of PUBLISHED_INDICATORS) {
    await w.row([String(r.tahun), r.periode ?? '', r.wilayah, r.indikator, String(r.nilai), r.satuan, r.sumber, r.catatan ?? '']);
  }
  await w.close();
  return cleanTable('indikator.csv', 'csv', PUBLISHED_INDICATORS.length);
}
