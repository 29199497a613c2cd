import { join } from 'node:path';
import { PLACES, type Place } from './places';
import { Rng, Weighted, WeightedItems } from './rng';
import { CsvWriter, writeXlsx, type XlsxCell } from './sinks';
import { bump, cleanTable, sortedRecord, type PerusahaanTruth, type TableTruth } from './truth';

/**
 * About 150 synthetic companies, dominated by industry (KBLI C) and construction (F), with
 * workforce and local-worker counts (local share mostly 65-90%, domain-facts 3d).
 */

export interface Company {
  id: string;
  nama: string;
  seksi: string;
  /** KBLI as written: a 5-digit code or a section letter. */
  kbli: string;
  kbliVersi: 2020 | 2025 | null;
  place: Place;
  pekerja: number;
  lokal: number;
  mou: boolean;
  /** Contractor of the 2026 city gas-network project. */
  jargas: boolean;
}

interface Sector {
  seksi: string;
  count: number;
  codes: readonly string[];
  /** Median workforce. */
  median: number;
  /** KBLI 2025 keeps the same letter for these divisions, so the version may be 2025. */
  stableIn2025: boolean;
}

const SECTORS: readonly Sector[] = [
  { seksi: 'C', count: 38, codes: ['20121', '20111', '20119', '20132', '19211', '24101', '25111', '33121', '33122', '10792', '11050', '20299'], median: 320, stableIn2025: true },
  { seksi: 'F', count: 52, codes: ['42101', '42201', '42202', '42919', '43211', '43221', '43299', '41012', '41019', '42912', '43305', '43902'], median: 110, stableIn2025: true },
  { seksi: 'G', count: 14, codes: ['46100', '46693', '47111', '46592', '47300'], median: 35, stableIn2025: true },
  { seksi: 'H', count: 16, codes: ['49431', '52101', '52221', '52240', '50131', '49421'], median: 60, stableIn2025: true },
  { seksi: 'I', count: 6, codes: ['55110', '56101', '56210'], median: 45, stableIn2025: false },
  { seksi: 'N', count: 10, codes: ['78200', '80100', '81210', '77309'], median: 140, stableIn2025: false },
  { seksi: 'M', count: 5, codes: ['71102', '71201', '74909'], median: 30, stableIn2025: false },
  { seksi: 'Q', count: 3, codes: ['86103', '86105'], median: 150, stableIn2025: false },
  { seksi: 'K', count: 2, codes: ['64141', '65111'], median: 40, stableIn2025: false },
  { seksi: 'D', count: 2, codes: ['35111', '35202'], median: 90, stableIn2025: false },
  { seksi: 'B', count: 2, codes: ['06202', '09100'], median: 150, stableIn2025: false },
];

const WORD_A = ['Bontang', 'Borneo', 'Etam', 'Khatulistiwa', 'Mahakam', 'Selambai', 'Pesisir', 'Delta', 'Nusantara', 'Equator', 'Samudra', 'Bumi', 'Teluk', 'Tanjung', 'Pantai', 'Mandau'];
const WORD_B = ['Teknik', 'Karya', 'Prima', 'Energi', 'Konstruksi', 'Logistik', 'Kimia', 'Baja', 'Sarana', 'Jasa', 'Mitra', 'Rekayasa', 'Niaga', 'Daya', 'Cipta'];
const WORD_C = ['Mandiri', 'Utama', 'Sejahtera', 'Abadi', 'Persada', 'Perkasa', 'Jaya', 'Sentosa', 'Makmur', 'Gemilang', 'Bersama'];

/** Where companies of a section sit (industry zones in Guntung, Bontang Lestari, Satimpo). */
function placeWeights(seksi: string): number[] {
  const w: Record<string, number> =
    seksi === 'C' || seksi === 'B' || seksi === 'D'
      ? { '64.74.01.1004': 5, '64.74.02.1005': 4, '64.74.02.1004': 3, '64.74.01.1003': 2 }
      : seksi === 'F' || seksi === 'H' || seksi === 'N' || seksi === 'M'
        ? { '64.74.01.1004': 2, '64.74.02.1005': 2, '64.74.02.1004': 2, '64.74.01.1003': 2, '64.74.02.1001': 2, '64.74.01.1002': 2 }
        : { '64.74.01.1002': 4, '64.74.01.1006': 3, '64.74.02.1001': 3, '64.74.02.1002': 1, '64.74.03.1001': 1, '64.74.03.1003': 1 };
  return PLACES.map((p) => w[p.kel.kode] ?? 0.3);
}

/** Build the companies (deterministic for a seed). */
export function buildCompanies(seed: number): Company[] {
  const rng = new Rng(seed, 'perusahaan');
  const names = new Set<string>();
  const out: Company[] = [];
  for (const sector of SECTORS) {
    const where = new Weighted(placeWeights(sector.seksi));
    for (let i = 0; i < sector.count; i++) {
      // Log-normal workforce around the sector median; a few industrial giants.
      let pekerja = Math.round(sector.median * Math.exp(rng.normal(0, 0.8)));
      if (sector.seksi === 'C' && i < 4) pekerja = rng.int(1500, 3500);
      pekerja = Math.max(8, Math.min(pekerja, 3500));
      const share = Math.max(0.45, Math.min(0.97, rng.normal(0.78, 0.08)));
      const lokal = Math.round(pekerja * share);
      const small = pekerja < 30 && (sector.seksi === 'G' || sector.seksi === 'I');
      let nama = '';
      do {
        nama = `${small ? 'CV' : 'PT'} ${rng.pick(WORD_A)} ${rng.pick(WORD_B)} ${rng.pick(WORD_C)}`;
      } while (names.has(nama));
      names.add(nama);
      const code = rng.pick(sector.codes);
      const letterForm = rng.chance(0.2);
      const v = rng.f32();
      const kbliVersi: Company['kbliVersi'] = sector.stableIn2025 ? (v < 0.8 ? 2020 : v < 0.92 ? 2025 : null) : v < 0.85 ? 2020 : null;
      out.push({
        id: '',
        nama,
        seksi: sector.seksi,
        kbli: letterForm ? sector.seksi : code,
        kbliVersi,
        place: PLACES[where.draw(rng)],
        pekerja,
        lokal,
        mou: rng.chance(pekerja > 300 ? 0.85 : 0.45),
        jargas: false,
      });
    }
  }
  // Interleave sectors as a registry would list them, then number them.
  rng.shuffle(out);
  out.forEach((c, i) => (c.id = `PRS-${String(i + 1).padStart(3, '0')}`));
  // Three construction firms hold the 2026 gas-network contract.
  const builders = out.filter((c) => c.seksi === 'F' && c.pekerja >= 60);
  for (const c of rng.shuffle(builders).slice(0, 3)) c.jargas = true;
  return out;
}

/** Draw companies weighted by workforce (for placements). */
export function companyPicker(companies: readonly Company[]): (rng: Rng) => Company {
  const w = new Weighted(companies.map((c) => c.pekerja));
  return (rng) => companies[w.draw(rng)];
}

const HEADER = ['ID Perusahaan', 'Nama Perusahaan', 'KBLI', 'KBLI Versi', 'Kelurahan', 'Jumlah Pekerja', 'Pekerja Lokal', 'MoU'];

/** Write perusahaan.xlsx (or .csv) and return what it holds. */
export async function writePerusahaan(
  dir: string,
  companies: readonly Company[],
  format: 'csv' | 'xlsx',
  seed: number,
): Promise<{ table: TableTruth; truth: PerusahaanTruth }> {
  const rng = new Rng(seed, 'perusahaan-write');
  const spell = new WeightedItems<'name' | 'code'>([['name', 8], ['code', 2]]);
  const rows = companies.map((c) => {
    const kel = spell.draw(rng) === 'name' ? c.place.kel.nama : c.place.kel.kode;
    return { c, kel, mou: c.mou ? (rng.chance(0.8) ? 'ya' : 'Ya') : rng.chance(0.8) ? 'tidak' : 'Tidak' };
  });
  const file = `perusahaan.${format}`;
  if (format === 'xlsx') {
    const cells: XlsxCell[][] = rows.map(({ c, kel, mou }) => [c.id, c.nama, c.kbli, c.kbliVersi, kel, c.pekerja, c.lokal, mou]);
    await writeXlsx(join(dir, file), 'Perusahaan', HEADER, cells);
  } else {
    const w = await CsvWriter.create(join(dir, file), { delimiter: ',', encoding: 'utf-8' });
    await w.header(HEADER);
    for (const { c, kel, mou } of rows) {
      await w.row([c.id, c.nama, c.kbli, c.kbliVersi === null ? '' : String(c.kbliVersi), kel, String(c.pekerja), String(c.lokal), mou]);
    }
    await w.close();
  }
  const bySeksi: Record<string, number> = {};
  for (const c of companies) bump(bySeksi, c.seksi);
  return {
    table: cleanTable(file, format, companies.length),
    truth: {
      companies: companies.length,
      jumlahPekerja: companies.reduce((s, c) => s + c.pekerja, 0),
      pekerjaLokal: companies.reduce((s, c) => s + c.lokal, 0),
      bySeksi: sortedRecord(bySeksi),
      mouYa: companies.filter((c) => c.mou).length,
      localShareBelow70: companies.filter((c) => c.lokal / c.pekerja < 0.7).length,
    },
  };
}
