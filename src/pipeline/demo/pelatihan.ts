import { join } from 'node:path';
import { dayOf, formatDay } from './calendar';
import { spellOccupation } from './catalogue';
import { EXPORT_DAY } from './jobseekers';
import type { Company } from './perusahaan';
import { Rng } from './rng';
import { CsvWriter } from './sinks';
import { cleanTable, type PelatihanTruth, type TableTruth } from './truth';

/**
 * pelatihan.csv: about 40 training programmes of UPTD BLKI Bontang, Disnaker and companies,
 * in classes of 16 (domain-facts 3b). The packages BLKI closed in November 2025 carry their
 * published participant and pass counts; everything else is synthetic.
 */

const BLKI = 'UPTD BLKI Bontang';
const DISNAKER = 'Disnaker Kota Bontang';

interface Programme {
  nama: string;
  penyelenggara: string;
  kbji: string;
  mulai: number;
  selesai: number;
  peserta: number;
  /** Published pass count, when known. */
  lulus?: number;
}

/** Packages closed in Nov 2025 and the new intake (domain-facts 3b, memonesia). */
const PUBLISHED: readonly Programme[] = [
  { nama: 'Instalasi Listrik Bangunan Sederhana', penyelenggara: BLKI, kbji: '7411', mulai: dayOf(2025, 10, 6), selesai: dayOf(2025, 11, 14), peserta: 16, lulus: 12 },
  { nama: 'Pengelasan SMAW 3G', penyelenggara: BLKI, kbji: '7212', mulai: dayOf(2025, 9, 15), selesai: dayOf(2025, 11, 14), peserta: 64, lulus: 58 },
  { nama: 'Sekretaris Junior', penyelenggara: BLKI, kbji: '4120', mulai: dayOf(2025, 10, 6), selesai: dayOf(2025, 11, 14), peserta: 16, lulus: 12 },
  { nama: 'Menjahit Pakaian Wanita', penyelenggara: BLKI, kbji: '7531', mulai: dayOf(2025, 10, 6), selesai: dayOf(2025, 11, 14), peserta: 16, lulus: 14 },
  { nama: 'Hidroponik (bersama Lapas Kelas IIA Bontang)', penyelenggara: BLKI, kbji: '6111', mulai: dayOf(2025, 10, 13), selesai: dayOf(2025, 11, 14), peserta: 16, lulus: 15 },
  { nama: 'Instalasi Listrik Bangunan Sederhana (angkatan baru)', penyelenggara: BLKI, kbji: '7411', mulai: dayOf(2025, 11, 24), selesai: dayOf(2026, 1, 16), peserta: 16 },
  { nama: 'Pengelasan Pelat SMAW 3G (angkatan baru)', penyelenggara: BLKI, kbji: '7212', mulai: dayOf(2025, 11, 24), selesai: dayOf(2026, 1, 30), peserta: 32 },
];

const TEMPLATES: readonly { nama: string; penyelenggara: string | 'company'; kbji: string; weeks: number }[] = [
  { nama: 'Pengelasan SMAW 3G', penyelenggara: BLKI, kbji: '7212', weeks: 8 },
  { nama: 'Instalasi Listrik Bangunan Sederhana', penyelenggara: BLKI, kbji: '7411', weeks: 6 },
  { nama: 'Sekretaris Junior', penyelenggara: BLKI, kbji: '4120', weeks: 6 },
  { nama: 'Menjahit Pakaian Wanita', penyelenggara: BLKI, kbji: '7531', weeks: 6 },
  { nama: 'Teknisi AC Split', penyelenggara: BLKI, kbji: '7127', weeks: 5 },
  { nama: 'Operator Komputer Perkantoran', penyelenggara: BLKI, kbji: '4132', weeks: 4 },
  { nama: 'Tata Boga', penyelenggara: BLKI, kbji: '5120', weeks: 5 },
  { nama: 'Barista', penyelenggara: BLKI, kbji: '5132', weeks: 3 },
  { nama: 'K3 Umum bagi Pencari Kerja', penyelenggara: DISNAKER, kbji: '3257', weeks: 2 },
  { nama: 'Scaffolding Tingkat Dasar', penyelenggara: DISNAKER, kbji: '7119', weeks: 2 },
  { nama: 'Rigging dan Signalman', penyelenggara: DISNAKER, kbji: '7215', weeks: 2 },
  { nama: 'Pipefitter', penyelenggara: DISNAKER, kbji: '7126', weeks: 4 },
  { nama: 'Mengemudi SIM B2 Umum', penyelenggara: DISNAKER, kbji: '8332', weeks: 3 },
  { nama: 'Satpam Gada Pratama', penyelenggara: DISNAKER, kbji: '5414', weeks: 4 },
  { nama: 'Operator Alat Berat Excavator', penyelenggara: DISNAKER, kbji: '8342', weeks: 6 },
  { nama: 'Pemagangan Operator Produksi', penyelenggara: 'company', kbji: '8131', weeks: 16 },
  { nama: 'Pemagangan Teknisi Instrumentasi', penyelenggara: 'company', kbji: '3114', weeks: 16 },
  { nama: 'Pemagangan Analis Laboratorium', penyelenggara: 'company', kbji: '3111', weeks: 12 },
  { nama: 'Operator Forklift', penyelenggara: 'company', kbji: '8344', weeks: 2 },
];

const SYNTHETIC_COUNT = 33;
const HEADER = ['ID Program', 'Nama Program', 'Penyelenggara', 'Jabatan', 'Mulai', 'Selesai', 'Peserta', 'Lulus', 'Bersertifikat', 'Ditempatkan'];

/** Write pelatihan.csv and return what it holds. */
export async function writePelatihan(
  dir: string,
  companies: readonly Company[],
  seed: number,
): Promise<{ table: TableTruth; truth: PelatihanTruth }> {
  const rng = new Rng(seed, 'pelatihan');
  const industry = companies.filter((c) => c.seksi === 'C').sort((a, b) => b.pekerja - a.pekerja).slice(0, 6);
  const programmes: Programme[] = [...PUBLISHED];
  const from = dayOf(2023, 2, 6);
  const to = dayOf(2026, 8, 31);
  for (let i = 0; i < SYNTHETIC_COUNT; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    // Start on a Monday.
    let mulai = rng.int(from, to);
    mulai -= (mulai + 3) % 7;
    programmes.push({
      nama: t.nama,
      penyelenggara: t.penyelenggara === 'company' ? rng.pick(industry).nama : t.penyelenggara,
      kbji: t.kbji,
      mulai,
      selesai: mulai + t.weeks * 7 - 3,
      peserta: 16 * (rng.chance(0.25) ? 2 : 1),
    });
  }
  programmes.sort((a, b) => a.mulai - b.mulai || a.nama.localeCompare(b.nama));

  const rows = programmes.map((p, i) => {
    const finished = p.selesai <= EXPORT_DAY;
    const lulus = finished ? (p.lulus ?? rng.binomial(p.peserta, 0.85)) : null;
    const bersertifikat = lulus === null ? null : rng.binomial(lulus, 0.85);
    const ditempatkan = lulus === null ? null : rng.binomial(lulus, p.penyelenggara === BLKI || p.penyelenggara === DISNAKER ? 0.35 : 0.6);
    return { id: `PLT-${String(i + 1).padStart(3, '0')}`, p, lulus, bersertifikat, ditempatkan };
  });

  const w = await CsvWriter.create(join(dir, 'pelatihan.csv'), { delimiter: ',', encoding: 'utf-8' });
  await w.header(HEADER);
  for (const r of rows) {
    const num = (x: number | null) => (x === null ? '' : String(x));
    await w.row([
      r.id,
      r.p.nama,
      r.p.penyelenggara,
      spellOccupation(r.p.kbji, rng.chance(0.6) ? 'code' : 'name', rng),
      formatDay(r.p.mulai, 'dmy'),
      formatDay(r.p.selesai, 'dmy'),
      String(r.p.peserta),
      num(r.lulus),
      num(r.bersertifikat),
      num(r.ditempatkan),
    ]);
  }
  await w.close();
  const sum = (f: (r: (typeof rows)[number]) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
  return {
    table: cleanTable('pelatihan.csv', 'csv', rows.length),
    truth: {
      programmes: rows.length,
      peserta: sum((r) => r.p.peserta),
      lulus: sum((r) => r.lulus),
      bersertifikat: sum((r) => r.bersertifikat),
      ditempatkan: sum((r) => r.ditempatkan),
    },
  };
}
