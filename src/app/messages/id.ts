/**
 * Every Indonesian string of the browser UI. `en.ts` mirrors this shape exactly (checked by
 * the type `Messages`). Placeholders use i18next syntax: {{name}}.
 * Indicator labels, definitions and sources live with the indicators (core/indicators).
 */
export const id = {
  app: {
    name: 'Simpul Kerja',
    region: 'Kota Bontang',
    tagline: 'Dasbor pasar kerja dan kemiskinan',
    documentTitle: 'Simpul Kerja — Kota Bontang',
    skipToContent: 'Lewati ke konten utama',
    dataUntil: 'Data s.d. {{month}}',
    builtOn: 'dibangun {{date}}',
    demoBadge: 'DATA SIMULASI',
    demoExplain: 'Angka pada snapshot ini dibuat dari data sintetis untuk peragaan, bukan data sebenarnya.',
    sourceLabel: 'Sumber snapshot: {{source}}',
    footer: 'Simpul Kerja menampilkan data agregat. Data perorangan tidak pernah dikirim ke server.',
  },
  nav: {
    label: 'Navigasi utama',
    ringkasan: 'Ringkasan',
    pengangguran: 'Pengangguran',
    irisanKemiskinan: 'Irisan Kemiskinan',
    validasi: 'Validasi Data',
    kesenjangan: 'Kesenjangan Keterampilan',
    jelajah: 'Jelajah Data',
    briefing: 'Briefing',
  },
  language: {
    label: 'Bahasa',
    id: 'ID',
    en: 'EN',
    idName: 'Bahasa Indonesia',
    enName: 'English',
  },
  filters: {
    label: 'Filter tampilan',
    periode: 'Periode',
    kecamatan: 'Kecamatan',
    kelurahan: 'Kelurahan',
    allKecamatan: 'Semua kecamatan',
    allKelurahan: 'Semua kelurahan',
    reset: 'Atur ulang filter',
    linkHint: 'Alamat halaman menyimpan pilihan filter: salin tautan untuk berbagi tampilan yang sama.',
    city: 'Kota Bontang',
    areaKelurahan: 'Kelurahan {{kelurahan}}, Kecamatan {{kecamatan}}',
    areaKecamatan: 'Kecamatan {{kecamatan}}',
  },
  openSnapshot: {
    button: 'Buka snapshot dari disk',
    hint: 'Pilih folder snapshot (berisi manifest.json dan berkas Parquet). Berkas dibaca di komputer ini saja dan tidak pernah dikirim ke mana pun.',
  },
  loading: {
    title: 'Memuat data…',
    progress: 'Memuat data… {{done}}/{{total}} berkas',
    starting: 'Menyiapkan mesin basis data di peramban…',
    preview: 'Angka awal sudah tampil; mesin basis data masih disiapkan ({{done}}/{{total}} berkas). Pilihan lain menyusul.',
  },
  errors: {
    title: 'Data tidak dapat dimuat',
    whatToDo: 'Yang dapat dilakukan',
    reload: 'Muat ulang halaman',
    technical: 'Rincian teknis (untuk petugas data)',
    'snapshot-missing': {
      title: 'Snapshot tidak ditemukan',
      body: 'Snapshot tidak ditemukan. Dasbor membutuhkan folder snapshot (manifest.json, berkas Parquet dan batas wilayah) di samping aplikasi ini.',
      action: 'Minta petugas data membangun snapshot dengan pipeline Simpul Kerja lalu menyalinnya ke server, atau buka folder snapshot dari disk dengan tombol di bawah.',
    },
    'snapshot-corrupt': {
      title: 'Snapshot rusak',
      body: 'Berkas snapshot rusak atau tidak lengkap: {{file}}. Isi berkas tidak cocok dengan sidik (checksum) yang tercatat di manifest.',
      action: 'Bangun ulang snapshot dengan pipeline, lalu salin ulang seluruh folder snapshot (jangan hanya sebagian berkas).',
    },
    'snapshot-incompatible': {
      title: 'Versi snapshot tidak cocok',
      body: 'Snapshot ini dibuat untuk versi skema yang berbeda. Aplikasi ini membutuhkan skema versi {{expected}}.',
      action: 'Bangun ulang snapshot dengan pipeline dari versi Simpul Kerja yang sama dengan aplikasi ini.',
    },
    'db-start-failed': {
      title: 'Mesin basis data gagal dijalankan',
      body: 'Mesin basis data di peramban (DuckDB) tidak dapat dijalankan.',
      action: 'Muat ulang halaman. Bila tetap gagal, gunakan versi terbaru Chrome, Edge atau Firefox dan buka aplikasi melalui alamat server web.',
    },
    'query-failed': {
      title: 'Gagal memuat data',
      body: 'Gagal memuat data. Silakan muat ulang halaman.',
      action: 'Bila masalah berulang, laporkan kepada petugas data beserta halaman dan filter yang dipilih.',
    },
    unknown: {
      title: 'Terjadi kesalahan',
      body: 'Terjadi kesalahan yang tidak terduga.',
      action: 'Muat ulang halaman. Bila masalah berulang, laporkan kepada petugas data.',
    },
  },
  status: {
    loading: 'Memuat data…',
    empty: 'Data belum tersedia untuk pilihan ini.',
    error: 'Gagal memuat data. Silakan muat ulang halaman.',
  },
  pages: {
    comingSoon: 'Segera hadir',
    willShow: 'Halaman ini akan menampilkan:',
    notFound: 'Halaman tidak ditemukan.',
    backHome: 'Kembali ke Ringkasan',
    ringkasan: {
      title: 'Ringkasan',
      lede: 'Indikator utama pasar kerja dan kemiskinan, {{area}}, {{month}}.',
    },
    pengangguran: {
      title: 'Pengangguran',
      description:
        'Pencari kerja terdaftar (AK1) menurut kelurahan, jenis kelamin, umur, pendidikan dan lama terdaftar; tingkat per penduduk usia kerja; tren bulanan; berdampingan dengan TPT BPS, masing-masing dengan definisinya.',
    },
    irisanKemiskinan: {
      title: 'Irisan Kemiskinan',
      description:
        'Jumlah pencari kerja yang masuk DTSEN desil 1–4 (dan desil berapa) per kelurahan, kelompok prioritas, serta peta bivariat pengangguran × kemiskinan.',
    },
    validasi: {
      title: 'Validasi Data',
      description:
        'Kemajuan verifikasi keluarga terhadap target per kecamatan dan kelurahan dari waktu ke waktu, serta porsi pencari kerja yang NIK-nya tertaut ke DTSEN.',
    },
    kesenjangan: {
      title: 'Kesenjangan Keterampilan',
      description:
        'Pasokan keterampilan pencari kerja dibanding permintaan lowongan menurut golongan KBJI dan keterampilan; porsi pekerja lokal per perusahaan dan sektor terhadap kuota; keluaran pelatihan terhadap kesenjangan.',
    },
    jelajah: {
      title: 'Jelajah Data',
      description:
        'Setiap tabel snapshot beserta dokumentasinya, filter, konsol SQL, dan unduhan CSV, XLSX atau Parquet.',
    },
    briefing: {
      title: 'Briefing',
      description:
        'Ringkasan satu halaman A4 dalam Bahasa Indonesia untuk rapat pimpinan, siap dicetak, dengan sel kecil disamarkan.',
    },
  },
  units: {
    orang: 'orang',
    posisi: 'posisi',
    kk: 'KK',
    jiwa: 'jiwa',
  },
  kpi: {
    sectionTitle: 'Indikator utama',
    info: 'Definisi dan sumber: {{label}}',
    definition: 'Definisi',
    source: 'Sumber',
    close: 'Tutup',
    up: 'naik {{delta}} dari {{month}}',
    down: 'turun {{delta}} dari {{month}}',
    same: 'tetap dibanding {{month}}',
    noPrevious: 'Belum ada data bulan sebelumnya',
    better: '(membaik)',
    worse: '(memburuk)',
    points: '{{value}} poin persen',
    trend: 'Tren {{count}} bulan: dari {{first}} ({{firstMonth}}) menjadi {{last}} ({{lastMonth}}).',
    poorOf: '{{part}} dari {{whole}} pencari kerja aktif',
    verifiedOf: '{{part}} dari {{whole}} KK terverifikasi',
    localOf: '{{part}} dari {{whole}} pekerja ber-KTP Bontang',
    quota: 'Kuota {{quota}}',
    quotaMet: 'memenuhi kuota {{quota}}',
    quotaBelow: '{{gap}} di bawah kuota {{quota}}',
    quotaBar: 'Porsi pekerja lokal {{value}} terhadap kuota {{quota}}',
    allTime: 'Data perusahaan terkini (tanpa rincian bulanan)',
  },
  map: {
    title: 'Pencari kerja aktif per kelurahan',
    subtitle: 'Akhir {{month}}. Klik kelurahan untuk memfilter halaman.',
    schematic: 'Batas wilayah skematis — bukan batas resmi',
    legend: 'Pencari kerja aktif (orang)',
    noData: 'Tidak ada data',
    ariaLabel: 'Peta kelurahan Kota Bontang diwarnai menurut jumlah pencari kerja aktif',
    tooltip: '{{name}}: {{value}} orang',
    listTitle: 'Daftar kelurahan',
    listHint: 'Pilih kelurahan dari daftar ini sebagai pengganti klik pada peta.',
    colKelurahan: 'Kelurahan',
    colKecamatan: 'Kecamatan',
    colValue: 'Pencari kerja aktif',
    select: 'Pilih {{name}}',
    deselect: 'Batalkan pilihan {{name}}',
  },
  compare: {
    title: 'Angka BPS dan angka Disnaker',
    intro:
      'Dua angka pengangguran yang sering dibandingkan di depan publik. Keduanya benar menurut definisinya masing-masing, tetapi mengukur hal yang berbeda; tampilkan selalu berdampingan dengan definisinya.',
    bpsTitle: 'Tingkat Pengangguran Terbuka (TPT) — BPS',
    bpsUnit: 'persen angkatan kerja',
    bpsDefinition:
      'Survei Angkatan Kerja Nasional (Sakernas) bulan Agustus: jumlah penganggur dibagi jumlah angkatan kerja. Orang yang bekerja paling sedikit 1 jam dalam seminggu terakhir dihitung bekerja.',
    disnakerTitle: 'Pencari kerja terdaftar (AK1) — Disnaker',
    disnakerUnit: 'orang per tahun',
    disnakerDefinition:
      'Jumlah pendaftaran kartu AK1 (kartu kuning) dalam setahun. Pendaftaran bersifat sukarela; pemegang kartu bisa saja sudah bekerja, dan penempatan sering tidak dilaporkan perusahaan.',
    source: 'Sumber: {{source}}',
    perYearSources: 'Sumber per tahun',
    whyTitle: 'Mengapa angkanya berbeda?',
    why1: 'BPS memakai survei sampel rumah tangga dan menghitung siapa pun yang bekerja minimal 1 jam seminggu sebagai bekerja; Disnaker menghitung orang yang mendaftar kartu AK1.',
    why2: 'Pemegang kartu AK1 bisa sudah bekerja (mencari pekerjaan lain atau belum melapor), sedangkan penganggur dalam survei belum tentu mendaftar ke Disnaker.',
    why3: 'TPT adalah persentase pada bulan Agustus; AK1 adalah jumlah pendaftaran sepanjang tahun. Keduanya tidak dapat dibagi atau dikurangkan satu sama lain.',
    tptAria: 'TPT Kota Bontang menurut BPS: {{values}}.',
    ak1Aria: 'Pendaftaran AK1 per tahun: {{values}}.',
    cityLevel: 'Tingkat kota; tidak dipengaruhi filter kecamatan/kelurahan.',
  },
  views: {
    chips: {
      label: 'Pilihan aktif',
      none: 'Belum ada pilihan: seluruh data ditampilkan. Klik wilayah pada peta, batang grafik atau tombol legenda untuk memfilter semua grafik di halaman ini.',
      chip: '{{dim}}: {{value}}',
      remove: 'Hapus pilihan {{dim}}: {{value}}',
      clearAll: 'Hapus semua pilihan',
      announce: 'Pilihan aktif: {{list}}.',
      announceNone: 'Tidak ada pilihan aktif; seluruh data ditampilkan.',
    },
    values: {
      L: 'Laki-laki',
      P: 'Perempuan',
      desil: 'Desil {{value}}',
      desilTanpa: 'Di DTSEN tanpa desil',
      desilLuar: 'Tidak ditemukan di DTSEN',
      umur: '{{value}} tahun',
      durasi: '{{value}} bulan',
      unknown: 'Tidak diketahui',
    },
    drill: {
      label: 'Tingkat wilayah',
      city: 'Kota Bontang',
      up: 'Kembali ke tingkat {{name}}',
      hint: 'Klik wilayah pada peta untuk menelusuri dari kota ke kecamatan lalu kelurahan.',
    },
    card: {
      showTable: 'Tampilkan tabel',
      hideTable: 'Sembunyikan tabel',
    },
    bar: {
      buttons: 'Pilih {{subject}}',
      hint: 'Klik batang untuk memfilter semua grafik di halaman ini; setiap klik menambah atau menghapus satu kategori.',
      description: '{{title}} ({{unit}}): {{values}}.',
      selected: 'dipilih',
    },
    diverging: {
      ratio: 'rasio {{ratio}} : 1',
      noDemand: 'tanpa permintaan',
      row: '{{label}}: {{supplyLabel}} {{supply}}, {{demandLabel}} {{demand}}, {{ratio}}',
      ratioColumn: 'Rasio pasokan : permintaan',
      description: '{{title}} ({{unit}}): {{values}}.',
    },
    line: {
      target: 'Target: {{value}}',
      legend: 'Seri data',
      toggle: 'Tampilkan atau sembunyikan seri {{name}}',
      seriesSummary: '{{name}} dari {{first}} ({{firstX}}) menjadi {{last}} ({{lastX}})',
      seriesEmpty: '{{name}}: tidak ada data',
      description: '{{title}} ({{unit}}): {{values}}.',
      noData: 'tidak ada data',
    },
    progress: {
      of: '{{value}} dari {{target}} {{unit}}',
      done: 'Selesai',
      noTarget: 'Belum ada target',
      select: 'Pilih {{name}}',
      deselect: 'Batalkan pilihan {{name}}',
    },
    map: {
      listTitle: 'Daftar kelurahan',
      listHint: 'Pilih kelurahan dari daftar ini sebagai pengganti klik pada peta.',
      tooltip: '{{name}}: {{value}}',
      noData: 'Tidak ada data',
    },
    bivariate: {
      low: 'rendah',
      mid: 'sedang',
      high: 'tinggi',
      cell: '{{x}} {{xLevel}}, {{y}} {{yLevel}}',
      description: 'Kunci warna peta bivariat: ke kanan {{x}} makin tinggi (jingga), ke atas {{y}} makin tinggi (biru); pojok kanan atas berarti keduanya tinggi.',
      count: '{{n}} kelurahan',
    },
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language file must have. */
export type Messages = Widen<typeof id>;
