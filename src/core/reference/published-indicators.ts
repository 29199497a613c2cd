/**
 * Published statistics for Kota Bontang, Kalimantan Timur and Indonesia (BPS figures, mostly as
 * quoted by local media), restated from `shared/docs/domain-facts.md` sections 1 and 2, each with
 * its source URL. These are REAL figures: the demo generator writes them to `indikator.csv`, the
 * dashboard shows them next to the registered job-seeker counts, and `INDICATOR_DEFINITIONS` gives
 * the label, unit and BPS definition for each code.
 *
 * Rules followed: only figures from domain-facts; values marked ❓ there are left out; figures
 * derived by arithmetic are marked 'diturunkan (d)' in `catatan`; conflicting sources (⚠) are noted
 * in `catatan`. Most BPS numbers were read from news articles, not from BPS tables: check them
 * against bontangkota.bps.go.id before publishing (see `CATATAN_SUMBER`).
 */

/** Codes of the published indicators (the `indikator` column of the `indikator` table). */
export type IndicatorCode =
  | 'tpt'
  | 'tpak'
  | 'penganggur'
  | 'angkatan_kerja'
  | 'penduduk'
  | 'penduduk_miskin_persen'
  | 'penduduk_miskin_jiwa'
  | 'garis_kemiskinan'
  | 'p1'
  | 'p2';

/** One row of the `indikator` source table. */
export interface PublishedIndicator {
  tahun: number;
  /** Survey period ('Agustus' for Sakernas, 'Maret'/'September' for Susenas), null when not stated. */
  periode: string | null;
  /** Kemendagri code: '64.74' Kota Bontang, '64.74.01' a kecamatan, '64' Kalimantan Timur, '00' Indonesia. */
  wilayah: string;
  indikator: IndicatorCode;
  nilai: number;
  satuan: string;
  /** One URL (at most 200 characters). */
  sumber: string;
  /** Derivation, conflicts and caveats, in Indonesian (at most 200 characters); null when none. */
  catatan: string | null;
}

/** Label, unit and definition of an indicator code, in Indonesian. */
export interface IndicatorDefinition {
  label: string;
  satuan: string;
  /** Definition as BPS uses it (restated from domain-facts 4f where it is listed there). */
  definisi: string;
  /** Where the definition comes from. */
  sumber: string;
}

/** General caveat for the figures below (domain-facts, introduction). */
export const CATATAN_SUMBER =
  'Sebagian besar angka BPS di sini dikutip dari media lokal, bukan dibaca langsung dari tabel BPS; periksa dengan bontangkota.bps.go.id ("Kota Bontang Dalam Angka") sebelum dipublikasikan.';

/** Definitions per indicator code (domain-facts 4f for the labour terms). */
export const INDICATOR_DEFINITIONS: Readonly<Record<IndicatorCode, IndicatorDefinition>> = {
  tpt: {
    label: 'Tingkat Pengangguran Terbuka (TPT)',
    satuan: '%',
    definisi:
      'Persentase penganggur terhadap angkatan kerja. Angka kabupaten/kota berasal dari Sakernas Agustus. Bekerja berarti bekerja paling sedikit 1 jam dalam seminggu terakhir.',
    sumber: 'https://www.niaga.asia/masuk-masa-pemulihan-ekonomi-angka-pengangguran-di-bontang-turun-211-persen/',
  },
  tpak: {
    label: 'Tingkat Partisipasi Angkatan Kerja (TPAK)',
    satuan: '%',
    definisi: 'Persentase angkatan kerja terhadap penduduk usia kerja (15 tahun ke atas).',
    sumber: 'https://housingestate.id/read/2024/11/06/jumlah-pengangguran-terbuka-turun-setengah-penganggur-meningkat',
  },
  penganggur: {
    label: 'Jumlah penganggur terbuka',
    satuan: 'orang',
    definisi:
      'Penduduk usia kerja yang tidak bekerja dan sedang mencari pekerjaan, mempersiapkan usaha, merasa tidak mungkin mendapat pekerjaan (putus asa), atau sudah diterima bekerja tetapi belum mulai bekerja (Sakernas).',
    sumber: 'https://www.koranriau.co.id/?p=34149',
  },
  angkatan_kerja: {
    label: 'Angkatan kerja',
    satuan: 'orang',
    definisi: 'Penduduk usia kerja (15 tahun ke atas) yang bekerja atau menganggur; TPT = penganggur ÷ angkatan kerja.',
    sumber: 'https://www.niaga.asia/masuk-masa-pemulihan-ekonomi-angka-pengangguran-di-bontang-turun-211-persen/',
  },
  penduduk: {
    label: 'Jumlah penduduk',
    satuan: 'jiwa',
    definisi:
      'Jumlah penduduk menurut sensus (SP) atau angka BPS tahunan. BPS menghitung penduduk de facto (tempat tinggal), Kemendagri/Dukcapil de jure (alamat KTP/KK).',
    sumber: 'https://123dok.com/document/q27vxrey-penyelenggaraan-satu-data-indonesia.html',
  },
  penduduk_miskin_persen: {
    label: 'Persentase penduduk miskin (P0)',
    satuan: '%',
    definisi:
      'Persentase penduduk yang pengeluaran per kapita per bulannya di bawah garis kemiskinan. Angka kabupaten/kota berasal dari Susenas Maret.',
    sumber: 'https://expresi.co/perbaikan-ekonomi-pasca-pandemi-tekan-angka-kemiskinan-bontang/',
  },
  penduduk_miskin_jiwa: {
    label: 'Jumlah penduduk miskin',
    satuan: 'jiwa',
    definisi: 'Jumlah penduduk dengan pengeluaran per kapita per bulan di bawah garis kemiskinan (Susenas Maret).',
    sumber: 'https://expresi.co/perbaikan-ekonomi-pasca-pandemi-tekan-angka-kemiskinan-bontang/',
  },
  garis_kemiskinan: {
    label: 'Garis kemiskinan',
    satuan: 'Rp/kapita/bulan',
    definisi: 'Batas pengeluaran per kapita per bulan untuk kebutuhan dasar makanan dan bukan makanan; di bawahnya penduduk digolongkan miskin.',
    sumber: 'https://propublika.id/berita/bps-penduduk-miskin-kaltim-turun-jadi-517-persen',
  },
  p1: {
    label: 'Indeks Kedalaman Kemiskinan (P1)',
    satuan: 'indeks',
    definisi: 'Rata-rata jarak pengeluaran penduduk miskin terhadap garis kemiskinan; makin besar, makin jauh dari garis kemiskinan.',
    sumber: 'https://samarinda.prokal.co/read/news/22084-penduduk-miskin-di-bontang-hanya-turun-008-persen.html',
  },
  p2: {
    label: 'Indeks Keparahan Kemiskinan (P2)',
    satuan: 'indeks',
    definisi: 'Gambaran ketimpangan pengeluaran di antara penduduk miskin; makin besar, makin timpang.',
    sumber: 'https://samarinda.prokal.co/read/news/22084-penduduk-miskin-di-bontang-hanya-turun-008-persen.html',
  },
};

// Source URLs (domain-facts 1a-1d, 2a).
const U = {
  tribun2019:
    'https://kaltim.tribunnews.com/2019/03/27/rekor-pengangguran-di-bontang-tertinggi-di-kalimantan-timur-ini-penyebabnya',
  radarbontang: 'https://radarbontang.com/?p=11161',
  pranala2020: 'https://pranala.co/angka-pengangguran-di-bontang-masih-tertinggi-se-kaltim/',
  suara2023:
    'https://kaltim.suara.com/read/2023/02/21/164119/pengangguran-di-bontang-berkurang-tapi-masih-yang-tertinggi-di-kaltim',
  niaga: 'https://www.niaga.asia/masuk-masa-pemulihan-ekonomi-angka-pengangguran-di-bontang-turun-211-persen/',
  insite: 'https://insitekaltim.com/perda-tenaga-kerja-dinilai-tak-efektif-pengangguran-bontang-tetap-tertinggi-di-kaltim',
  bps2023:
    'https://bontangkota.bps.go.id/en/pressrelease/2023/12/20/687/persentase-penduduk-miskin-tahun-2023-di-kota-bontang-sebesar-4-11-persen.html',
  radarmedia: 'https://radarmedia.id/tingkat-pengangguran-terbuka-kota-bontang-menurun-068-persen',
  ritmee: 'https://kaltim.ritmee.co.id/bontang-kembali-jadi-tertinggi-di-data-bps-pemkot-belum-sesuai-realita',
  tribun2021:
    'https://kaltim.tribunnews.com/2021/03/18/orang-miskin-di-bontang-tahun-2020-jumlahnya-merangkak-naik-cek-datanya-dari-bps?page=all',
  pktv: 'https://pktvkaltim.com/jumlah-penduduk-miskin-bontang-berkurang-002-persen/',
  sintesa: 'https://www.sintesanews.com/bontang-rendahnya-angka-kemiskinan-dan-tingginya-kepemilikan-mobil/',
  prokal: 'https://samarinda.prokal.co/read/news/22084-penduduk-miskin-di-bontang-hanya-turun-008-persen.html',
  tribun2023:
    'https://kaltim.tribunnews.com/2023/01/27/angka-kemiskinan-di-bontang-2022-turun-20-jiwa-dari-tahun-sebelumnya?page=all',
  expresi: 'https://expresi.co/perbaikan-ekonomi-pasca-pandemi-tekan-angka-kemiskinan-bontang/',
  wiki: 'https://en.wikipedia.org/wiki/Bontang',
  sp2020: 'https://bontangkota.bps.go.id/en/pressrelease/2021/01/21/542/sensus-penduduk-',
  pranala2024: 'https://pranala.co/fakta-demografi-bontang-2024-migrasi-tinggi-penduduk-makin-padat/',
  profil2010: 'https://text-id.123dok.com/document/9ynx9nn0q-perkembangan-penduduk-dan-tenaga-kerja.html',
  disnakertrans:
    'http://disnakertrans.kaltimprov.go.id/read/3/9/uptd-blki-bontang-unggulkan-pelatihan-berbasis-komptensi',
  antara2018: 'https://www.antaranews.com/berita/1148320/pengangguran-di-kaltim-turun-jadi-609-persen',
  antara88956: 'https://kaltim.antaranews.com/berita/88956/jumlah-pengangguran-di-provinsi-kaltim-capai-124880-orang',
  bpsKaltim2021:
    'https://kaltim.bps.go.id/id/pressrelease/2021/11/05/859/tingkat-pengangguran-terbuka--tpt--provinsi-kalimantan-timur-agustus-2021-sebesar-6-83-persen.html',
  antara173297: 'https://kaltim.antaranews.com/berita/173297/tingkat-pengangguran-terbuka-di-kaltim-sebesar-571-persen',
  kipkaltim: 'https://www.kipkaltim.id/post/pengangguran-di-kaltim-capai-103-ribu-orang',
  pintasan: 'https://pintasan.co/?p=68747',
  tribun1126559:
    'https://kaltim.tribunnews.com/iklan-online/1126559/bontang-tertinggi-pengangguran-di-kaltim-wawali-agus-haris-desak-pendataan-ulang-ktp-warga',
  dppkspsi: 'http://dppkspsi.com/ridwan-kamil-juara-2-anies-ke-7-ihwal-pengangguran-terbanyak/',
  antara243773: 'https://kaltim.antaranews.com/berita/243773/persentase-penduduk-miskin-kaltim-terus-turun',
  propublika: 'https://propublika.id/berita/bps-penduduk-miskin-kaltim-turun-jadi-517-persen',
} as const;

const BONTANG = '64.74';
const KALTIM = '64';
const INDONESIA = '00';
const AGT = 'Agustus';
const MAR = 'Maret';

type Row = PublishedIndicator;
const row = (
  tahun: number,
  periode: string | null,
  wilayah: string,
  indikator: IndicatorCode,
  nilai: number,
  sumber: string,
  catatan: string | null = null,
): Row => ({ tahun, periode, wilayah, indikator, nilai, satuan: INDICATOR_DEFINITIONS[indikator].satuan, sumber, catatan });

const DERIVED = 'diturunkan (d)';

/** Kota Bontang labour market, Sakernas August (domain-facts 1a). */
const BONTANG_LABOUR: Row[] = [
  row(2014, AGT, BONTANG, 'tpt', 9.38, U.tribun2019),
  row(2014, AGT, BONTANG, 'penganggur', 7095, U.tribun2019),
  row(2015, AGT, BONTANG, 'tpt', 12.07, U.tribun2019, 'TPT tertinggi di Kalimantan Timur'),
  row(2015, AGT, BONTANG, 'penganggur', 9524, U.tribun2019),
  row(2017, AGT, BONTANG, 'tpt', 12.44, U.tribun2019, 'TPT tertinggi di Kalimantan Timur'),
  row(2017, AGT, BONTANG, 'penganggur', 9692, U.tribun2019),
  row(2017, AGT, BONTANG, 'angkatan_kerja', 77_900, U.tribun2019, `${DERIVED}: ≈ penganggur ÷ TPT (9.692 ÷ 12,44%), dibulatkan`),
  row(2019, AGT, BONTANG, 'penganggur', 7894, U.radarbontang, 'TPT 2019 tidak ditemukan (hanya "sekitar 9%")'),
  row(2020, AGT, BONTANG, 'tpt', 9.46, U.pranala2020),
  row(2020, AGT, BONTANG, 'penganggur', 8700, U.pranala2020),
  row(2020, AGT, BONTANG, 'angkatan_kerja', 92_000, U.pranala2020, `${DERIVED}: ≈ penganggur ÷ TPT (8.700 ÷ 9,46%), dibulatkan`),
  row(2021, AGT, BONTANG, 'tpt', 9.92, U.radarbontang),
  row(2021, AGT, BONTANG, 'penganggur', 8935, U.radarbontang),
  row(2021, AGT, BONTANG, 'angkatan_kerja', 90_071, U.suara2023, `${DERIVED}: 99.150 (AK 2022) − 9.079 (kenaikan 2021→2022)`),
  row(2021, AGT, BONTANG, 'tpak', 66.63, U.niaga, `${DERIVED}: 72,08 (TPAK 2022) − 5,45 (kenaikan 2021→2022)`),
  row(2022, AGT, BONTANG, 'tpt', 7.81, U.suara2023),
  row(2022, AGT, BONTANG, 'penganggur', 7742, U.suara2023),
  row(2022, AGT, BONTANG, 'angkatan_kerja', 99_150, U.suara2023),
  row(2022, AGT, BONTANG, 'tpak', 72.08, U.niaga, 'Bukan angkatan kerja 38.409 orang (27,92%)'),
  row(2023, AGT, BONTANG, 'tpt', 7.74, U.insite, 'TPT tertinggi di Kalimantan Timur'),
  row(2023, AGT, BONTANG, 'penganggur', 7348, U.bps2023),
  row(2023, AGT, BONTANG, 'angkatan_kerja', 94_923, U.bps2023),
  row(2024, AGT, BONTANG, 'tpt', 7.06, U.radarmedia),
  row(2024, AGT, BONTANG, 'penganggur', 6631, U.radarmedia),
  row(2024, AGT, BONTANG, 'angkatan_kerja', 93_930, U.radarmedia),
  row(
    2025,
    AGT,
    BONTANG,
    'tpt',
    6.36,
    U.ritmee,
    '⚠ Masih tertinggi dari 10 kab/kota di Kaltim; Pemkot Bontang secara terbuka tidak menyepakati angka ini',
  ),
];

/** Kota Bontang poverty, Susenas March (domain-facts 1c). */
const BONTANG_POVERTY: Row[] = [
  row(2015, MAR, BONTANG, 'penduduk_miskin_persen', 5.06, U.tribun2021),
  row(2016, MAR, BONTANG, 'penduduk_miskin_persen', 5.18, U.pktv),
  row(2016, MAR, BONTANG, 'garis_kemiskinan', 513_205, U.pktv),
  row(2016, MAR, BONTANG, 'p1', 0.84, U.pktv),
  row(2016, MAR, BONTANG, 'p2', 0.2, U.pktv),
  row(2017, MAR, BONTANG, 'penduduk_miskin_persen', 5.16, U.pktv, 'Sumber menyebut "periode September 2017"; periode belum dipastikan'),
  row(2017, MAR, BONTANG, 'penduduk_miskin_jiwa', 8747, U.pktv, 'Sumber menyebut "periode September 2017"; periode belum dipastikan'),
  row(2017, MAR, BONTANG, 'garis_kemiskinan', 542_985, U.pktv, 'Sumber menyebut "periode September 2017"; periode belum dipastikan'),
  row(2017, MAR, BONTANG, 'p1', 0.92, U.pktv, 'Sumber menyebut "periode September 2017"; periode belum dipastikan'),
  row(2017, MAR, BONTANG, 'p2', 0.25, U.pktv, 'Sumber menyebut "periode September 2017"; periode belum dipastikan'),
  row(2018, MAR, BONTANG, 'penduduk_miskin_persen', 4.67, U.sintesa),
  row(2019, MAR, BONTANG, 'penduduk_miskin_persen', 4.22, U.sintesa),
  row(2019, MAR, BONTANG, 'garis_kemiskinan', 582_188, U.sintesa),
  row(2020, MAR, BONTANG, 'penduduk_miskin_persen', 4.38, U.tribun2021),
  row(2021, MAR, BONTANG, 'penduduk_miskin_persen', 4.62, U.prokal),
  row(2021, MAR, BONTANG, 'penduduk_miskin_jiwa', 8410, U.prokal),
  row(2021, MAR, BONTANG, 'garis_kemiskinan', 665_572, U.prokal),
  row(2021, MAR, BONTANG, 'p1', 0.47, U.prokal),
  row(2021, MAR, BONTANG, 'p2', 0.08, U.prokal),
  row(2022, MAR, BONTANG, 'penduduk_miskin_persen', 4.54, U.prokal),
  row(2022, MAR, BONTANG, 'penduduk_miskin_jiwa', 8390, U.tribun2023),
  row(2022, MAR, BONTANG, 'garis_kemiskinan', 697_326, U.prokal),
  row(2022, MAR, BONTANG, 'p1', 0.37, U.prokal),
  row(2022, MAR, BONTANG, 'p2', 0.05, U.prokal),
  row(2023, MAR, BONTANG, 'penduduk_miskin_persen', 4.11, U.bps2023),
  row(2023, MAR, BONTANG, 'penduduk_miskin_jiwa', 7710, U.bps2023),
  row(2023, MAR, BONTANG, 'garis_kemiskinan', 763_661, U.bps2023),
  row(2023, MAR, BONTANG, 'p1', 0.39, U.bps2023),
  row(2023, MAR, BONTANG, 'p2', 0.05, U.bps2023),
  row(2024, MAR, BONTANG, 'penduduk_miskin_persen', 3.74, U.expresi, 'Terendah kedua dari 10 kab/kota di Kaltim (setelah Balikpapan)'),
  row(2024, MAR, BONTANG, 'penduduk_miskin_jiwa', 7110, U.expresi),
  row(2024, MAR, BONTANG, 'garis_kemiskinan', 801_945, U.expresi, 'Naik 5,01% dari 2023'),
];

/** Population of the city and its kecamatan (domain-facts 1d, 2a). */
const POPULATION: Row[] = [
  row(2010, null, BONTANG, 'penduduk', 140_787, U.wiki, 'Sensus Penduduk 2010 (SP2010)'),
  row(2010, null, '64.74.01', 'penduduk', 61_394, U.profil2010, 'Profil daerah 2010 (bukan SP2010)'),
  row(2010, null, '64.74.02', 'penduduk', 57_442, U.profil2010, 'Profil daerah 2010 (bukan SP2010)'),
  row(2010, null, '64.74.03', 'penduduk', 24_847, U.profil2010, 'Profil daerah 2010 (bukan SP2010)'),
  row(2020, 'September', BONTANG, 'penduduk', 178_917, U.sp2020, 'Sensus Penduduk 2020 (SP2020)'),
  row(
    2023,
    null,
    BONTANG,
    'penduduk',
    189_968,
    U.wiki,
    '⚠ Proyeksi pertengahan 2023; sumber lain menyebut 187,45 ribu',
  ),
  row(2024, null, BONTANG, 'penduduk', 191_811, U.pranala2024, 'BPS Kota Bontang; laki-laki 99.151, perempuan 92.660'),
  row(2024, null, '64.74.01', 'penduduk', 89_010, U.pranala2024, 'Bontang Utara, 46,41% penduduk kota'),
  row(2024, null, '64.74.02', 'penduduk', 71_167, U.pranala2024, 'Bontang Selatan, 37,10% penduduk kota'),
  row(2024, null, '64.74.03', 'penduduk', 31_634, U.pranala2024, 'Bontang Barat, 16,49% penduduk kota'),
];

/** Kalimantan Timur and Indonesia, TPT in August and poverty (domain-facts 1b, 1c). */
const COMPARISON: Row[] = [
  row(2015, AGT, KALTIM, 'tpt', 7.5, U.disnakertrans),
  row(2015, AGT, KALTIM, 'penganggur', 115_534, U.disnakertrans),
  row(2015, AGT, KALTIM, 'angkatan_kerja', 1_539_491, U.disnakertrans),
  row(2018, AGT, KALTIM, 'tpt', 6.6, U.antara2018),
  row(2018, AGT, KALTIM, 'penganggur', 114_313, U.antara2018),
  row(2018, AGT, KALTIM, 'angkatan_kerja', 1_732_598, U.antara2018),
  row(2019, AGT, KALTIM, 'tpt', 5.94, U.antara88956, '⚠ Angka revisi; rilis awal 6,09%'),
  row(2019, AGT, KALTIM, 'penganggur', 106_960, U.antara88956, '⚠ Angka revisi; rilis awal 110.574'),
  row(2019, AGT, KALTIM, 'angkatan_kerja', 1_800_441, U.antara88956, '⚠ Angka revisi; rilis awal 1.815.382'),
  row(2020, AGT, KALTIM, 'tpt', 6.87, U.antara88956),
  row(2020, AGT, KALTIM, 'penganggur', 124_880, U.antara88956),
  row(2020, AGT, KALTIM, 'angkatan_kerja', 1_817_680, U.antara88956),
  row(2021, AGT, KALTIM, 'tpt', 6.83, U.bpsKaltim2021),
  row(2021, AGT, KALTIM, 'penganggur', 126_190, U.bpsKaltim2021, 'Dilaporkan 126,19 ribu'),
  row(2021, AGT, KALTIM, 'angkatan_kerja', 1_846_550, U.bpsKaltim2021, 'Dilaporkan 1.846,55 ribu'),
  row(2022, AGT, KALTIM, 'tpt', 5.71, U.antara173297),
  row(2023, AGT, KALTIM, 'tpt', 5.31, U.kipkaltim),
  row(2023, AGT, KALTIM, 'penganggur', 103_590, U.kipkaltim),
  row(2023, AGT, KALTIM, 'angkatan_kerja', 1_950_860, U.kipkaltim),
  row(2024, AGT, KALTIM, 'tpt', 5.14, U.radarmedia),
  row(2024, AGT, KALTIM, 'penganggur', 107_022, U.pintasan, `${DERIVED}: perkiraan dari angka yang dikutip sumber`),
  row(2025, AGT, KALTIM, 'tpt', 5.18, U.tribun1126559),
  row(2025, AGT, KALTIM, 'penganggur', 107_674, U.tribun1126559),
  row(2019, AGT, INDONESIA, 'tpt', 5.28, U.dppkspsi),
  row(2023, AGT, INDONESIA, 'tpt', 5.32, U.pintasan),
  row(2024, AGT, INDONESIA, 'tpt', 4.91, U.pintasan),
  row(2025, AGT, INDONESIA, 'tpt', 4.85, U.pintasan),
  row(2022, 'September', KALTIM, 'penduduk_miskin_persen', 6.44, U.antara243773),
  row(2022, 'September', KALTIM, 'penduduk_miskin_jiwa', 242_300, U.antara243773),
  row(2023, MAR, KALTIM, 'penduduk_miskin_persen', 6.11, U.antara243773),
  row(2023, MAR, KALTIM, 'penduduk_miskin_jiwa', 231_070, U.antara243773),
  row(2024, MAR, KALTIM, 'penduduk_miskin_persen', 5.78, U.antara243773),
  row(2024, MAR, KALTIM, 'penduduk_miskin_jiwa', 221_340, U.antara243773),
  row(2024, 'September', KALTIM, 'penduduk_miskin_persen', 5.51, U.antara243773),
  row(2024, 'September', KALTIM, 'penduduk_miskin_jiwa', 211_880, U.antara243773),
  row(2025, MAR, KALTIM, 'penduduk_miskin_persen', 5.17, U.antara243773),
  row(2025, MAR, KALTIM, 'penduduk_miskin_jiwa', 199_710, U.antara243773),
  row(2025, MAR, KALTIM, 'garis_kemiskinan', 866_193, U.propublika, 'Porsi makanan 70,61%'),
];

/**
 * Every published figure, Bontang first, then its kecamatan population, then Kaltim and Indonesia.
 * Written as-is to the demo `indikator.csv`; the pipeline reads it like any other `indikator` file.
 */
export const PUBLISHED_INDICATORS: readonly PublishedIndicator[] = [
  ...BONTANG_LABOUR,
  ...BONTANG_POVERTY,
  ...POPULATION,
  ...COMPARISON,
];

/** The published value of one indicator, or undefined when none was found. */
export function publishedValue(
  indikator: IndicatorCode,
  tahun: number,
  wilayah: string = BONTANG,
): number | undefined {
  return PUBLISHED_INDICATORS.find((r) => r.indikator === indikator && r.tahun === tahun && r.wilayah === wilayah)?.nilai;
}
