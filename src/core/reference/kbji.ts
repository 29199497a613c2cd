/**
 * KBJI 2014 (Klasifikasi Baku Jabatan Indonesia, Kemnaker and BPS) reference data:
 * the 10 major groups (golongan pokok) and a curated list of occupations common in
 * Bontang job-seeker (AK1) and vacancy data, each with a 4-digit unit-group code.
 *
 * Used by core/normalise/kbji to turn occupation names and synonyms into codes, and by the
 * pipeline to write the `ref_kbji` snapshot table. KBJI 2014 follows ISCO-08, so its unit
 * groups (4 digits) carry ISCO-08 numbers.
 *
 * NOTE: the 4-digit assignments in `KBJI_JABATAN` are this project's own mapping of common
 * Indonesian job titles to ISCO-08 / KBJI 2014 unit groups, not an official BPS list. Some
 * titles are ambiguous in practice (e.g. "Mekanik", "Marketing", "Operator Produksi"); the
 * choice made here follows what they usually mean in Bontang's industrial vacancies and is
 * commented where it matters. A user mapping file can override any of them.
 */

/** A KBJI 2014 major group. */
export interface KbjiGolonganPokok {
  /** One digit, '0'-'9'. */
  kode: string;
  /** Indonesian name. */
  nama: string;
}

/**
 * The 10 KBJI 2014 major groups (domain-facts 4b). Group 0 (armed forces / police) is confirmed
 * only by code repositories, not by an official BPS page.
 */
export const KBJI_GOLONGAN_POKOK: readonly KbjiGolonganPokok[] = [
  { kode: '0', nama: 'TNI dan Polri' },
  { kode: '1', nama: 'Manajer' },
  { kode: '2', nama: 'Profesional' },
  { kode: '3', nama: 'Teknisi dan Asisten Profesional' },
  { kode: '4', nama: 'Tenaga Tata Usaha' },
  { kode: '5', nama: 'Tenaga Usaha Jasa dan Tenaga Penjualan' },
  { kode: '6', nama: 'Pekerja Terampil Pertanian, Kehutanan dan Perikanan' },
  { kode: '7', nama: 'Pekerja Pengolahan, Kerajinan dan YBDI' },
  { kode: '8', nama: 'Operator dan Perakit Mesin' },
  { kode: '9', nama: 'Pekerja Kasar' },
];

/** A common occupation with its KBJI 2014 unit group (project mapping). */
export interface KbjiJabatan {
  /** 4-digit KBJI 2014 / ISCO-08 unit group. */
  kode: string;
  /** Indonesian name used in the dashboard. */
  nama: string;
  /** Other names seen in source data (Indonesian and English), matched case/punctuation-insensitively. */
  sinonim: readonly string[];
}

const j = (kode: string, nama: string, sinonim: string[] = []): KbjiJabatan => ({ kode, nama, sinonim });

/** Curated occupations (project mapping to ISCO-08 / KBJI 2014 unit groups), ordered by code. */
export const KBJI_JABATAN: readonly KbjiJabatan[] = [
  // 1 Manajer
  j('1120', 'Direktur Perusahaan', ['Direktur', 'Direktur Utama', 'General Manager', 'Pimpinan Perusahaan']),
  j('1212', 'Manajer Sumber Daya Manusia', ['Manajer SDM', 'HRD Manager', 'HR Manager']),
  j('1321', 'Manajer Produksi', ['Production Manager', 'Plant Manager', 'Manajer Pabrik']),
  j('1323', 'Manajer Proyek Konstruksi', ['Project Manager', 'Manajer Proyek']),
  j('1412', 'Manajer Restoran', ['Restaurant Manager']),
  j('1420', 'Manajer Toko', ['Store Manager', 'Kepala Toko']),
  // 2 Profesional
  j('2141', 'Insinyur Industri', ['Industrial Engineer', 'Ahli Teknik Industri']),
  j('2142', 'Insinyur Sipil', ['Civil Engineer', 'Ahli Teknik Sipil', 'Site Engineer']),
  j('2143', 'Insinyur Lingkungan', ['Environmental Engineer', 'Ahli Lingkungan']),
  j('2144', 'Insinyur Mesin', ['Mechanical Engineer', 'Ahli Teknik Mesin']),
  j('2145', 'Insinyur Kimia', ['Chemical Engineer', 'Process Engineer', 'Ahli Teknik Kimia']),
  j('2146', 'Insinyur Pertambangan', ['Mining Engineer', 'Ahli Pertambangan']),
  j('2151', 'Insinyur Listrik', ['Electrical Engineer', 'Insinyur Elektro', 'Ahli Teknik Elektro']),
  j('2166', 'Desainer Grafis', ['Graphic Designer', 'Desain Grafis']),
  j('2211', 'Dokter Umum', ['Dokter', 'General Practitioner']),
  j('2221', 'Perawat Profesional (Ners)', ['Ners', 'Perawat Ners', 'Registered Nurse']),
  j('2222', 'Bidan Profesional', ['Bidan Profesi']),
  j('2262', 'Apoteker', ['Pharmacist']),
  // Occupational health and safety professionals (ISCO-08 2263).
  j('2263', 'Ahli Keselamatan dan Kesehatan Kerja', ['Ahli K3', 'Ahli K3 Umum', 'HSE Engineer']),
  j('2330', 'Guru Sekolah Menengah', ['Guru SMP', 'Guru SMA', 'Guru SMK']),
  j('2341', 'Guru Sekolah Dasar', ['Guru SD']),
  j('2342', 'Guru PAUD/TK', ['Guru TK', 'Guru PAUD']),
  j('2411', 'Akuntan', ['Accountant']),
  j('2423', 'Staf Sumber Daya Manusia', ['Staf HRD', 'HRD', 'HR Officer', 'Staf Personalia']),
  j('2431', 'Ahli Pemasaran', ['Digital Marketing', 'Marketing Specialist']),
  j('2512', 'Pemrogram Komputer', ['Programmer', 'Software Developer', 'Software Engineer', 'Pengembang Perangkat Lunak']),
  j('2513', 'Pengembang Web', ['Web Developer', 'Web Programmer']),
  j('2642', 'Wartawan', ['Jurnalis', 'Reporter']),
  // 3 Teknisi dan Asisten Profesional
  j('3111', 'Analis Laboratorium Kimia', ['Analis Kimia', 'Analis Laboratorium', 'Lab Analyst']),
  j('3112', 'Teknisi Sipil', ['Civil Technician']),
  j('3113', 'Teknisi Listrik', ['Electrical Technician', 'Teknisi Elektrik']),
  // Instrument technicians in process plants: electronics engineering technicians (3114).
  j('3114', 'Teknisi Instrumentasi', ['Teknisi Instrumen', 'Instrument Technician', 'Instrumentasi']),
  j('3115', 'Teknisi Mesin', ['Mechanical Technician', 'Teknisi Mekanik']),
  j('3116', 'Teknisi Kimia', ['Chemical Technician']),
  j('3118', 'Juru Gambar Teknik', ['Drafter', 'Draftsman', 'Juru Gambar']),
  j('3122', 'Pengawas Produksi', ['Supervisor Produksi', 'Foreman Produksi']),
  j('3123', 'Pengawas Konstruksi', ['Supervisor Konstruksi', 'Pengawas Lapangan', 'Mandor', 'Foreman']),
  j('3131', 'Operator Pembangkit Listrik', ['Operator Pembangkit', 'Operator PLTU', 'Power Plant Operator']),
  j('3133', 'Operator Pengendali Proses Kimia', [
    'Operator Control Room',
    'Panel Operator',
    'Process Control Technician',
    'Teknisi Pengendali Proses',
  ]),
  // LNG and refinery operators (ISCO-08 3134: petroleum and natural gas refining plant operators).
  j('3134', 'Operator Kilang Minyak dan Gas', ['Operator Kilang', 'Operator LNG', 'Refinery Operator']),
  j('3151', 'Juru Mesin Kapal', ['Masinis Kapal', 'Marine Engineer']),
  j('3152', 'Perwira Dek Kapal', ['Nakhoda', 'Mualim', 'Deck Officer']),
  j('3212', 'Analis Kesehatan', ['Analis Laboratorium Medis', 'ATLM', 'Medical Laboratory Technician']),
  j('3213', 'Asisten Apoteker', ['Tenaga Teknis Kefarmasian', 'TTK']),
  j('3221', 'Perawat', ['Nurse', 'Perawat Vokasi']),
  j('3222', 'Bidan', ['Midwife']),
  j('3257', 'Petugas K3', ['HSE Officer', 'Safety Officer', 'Safetyman', 'Petugas HSE', 'HSE', 'K3']),
  j('3313', 'Staf Akuntansi', ['Staf Accounting', 'Accounting Staff', 'Accounting']),
  // "Marketing" in local vacancies usually means field sales.
  j('3322', 'Tenaga Pemasaran', ['Marketing', 'Sales', 'Sales Marketing', 'Salesman', 'Sales Representative']),
  j('3343', 'Sekretaris Eksekutif', ['Executive Secretary', 'Sekretaris Direksi']),
  j('3434', 'Kepala Juru Masak', ['Chef', 'Head Chef', 'Kepala Koki']),
  j('3512', 'Teknisi Dukungan TI', ['IT Support', 'Staf IT', 'Teknisi Komputer', 'Helpdesk']),
  j('3513', 'Teknisi Jaringan Komputer', ['Teknisi Jaringan', 'Network Technician']),
  // 4 Tenaga Tata Usaha
  j('4110', 'Staf Administrasi', [
    'Admin',
    'Administrasi',
    'Staf Admin',
    'Staff Admin',
    'Staff Administrasi',
    'Admin Kantor',
    'Tenaga Administrasi',
    'Pegawai Administrasi',
    'Clerk',
  ]),
  j('4120', 'Sekretaris', ['Secretary']),
  j('4132', 'Operator Entri Data', ['Data Entry', 'Operator Komputer', 'Input Data']),
  j('4211', 'Teller Bank', ['Teller']),
  j('4222', 'Petugas Layanan Pelanggan', ['Customer Service', 'CS', 'Call Center']),
  j('4224', 'Resepsionis Hotel', ['Front Office', 'Front Desk']),
  j('4226', 'Resepsionis', ['Receptionist']),
  j('4311', 'Juru Buku', ['Bookkeeper', 'Pembukuan', 'Staf Keuangan', 'Staff Keuangan', 'Admin Keuangan', 'Staf Finance']),
  j('4321', 'Petugas Gudang', ['Staf Gudang', 'Admin Gudang', 'Warehouse', 'Warehouse Staff', 'Storekeeper', 'Staf Logistik']),
  // 5 Tenaga Usaha Jasa dan Tenaga Penjualan
  j('5120', 'Juru Masak', ['Koki', 'Cook', 'Tukang Masak']),
  j('5131', 'Pramusaji', ['Pelayan', 'Pelayan Restoran', 'Waiter', 'Waitress']),
  j('5132', 'Barista', ['Bartender']),
  j('5141', 'Penata Rambut', ['Tukang Cukur', 'Kapster', 'Hairdresser', 'Barber']),
  j('5142', 'Ahli Kecantikan', ['Beautician', 'Perias', 'Make Up Artist', 'MUA']),
  j('5151', 'Pengawas Kebersihan', ['Supervisor Housekeeping', 'Supervisor Cleaning Service']),
  j('5221', 'Pedagang', ['Pemilik Toko', 'Pedagang Kelontong']),
  j('5223', 'Pramuniaga', ['Shop Assistant', 'Pelayan Toko', 'Penjaga Toko', 'Crew Store', 'Crew Toko']),
  j('5230', 'Kasir', ['Cashier']),
  j('5242', 'Tenaga Promosi Penjualan', ['SPG', 'SPB', 'Sales Promotion Girl', 'Sales Promotion Boy']),
  j('5311', 'Pengasuh Anak', ['Baby Sitter', 'Babysitter', 'Nanny']),
  j('5321', 'Asisten Perawat', ['Nursing Assistant', 'Pramurukti']),
  j('5322', 'Perawat Lansia', ['Caregiver', 'Pendamping Lansia']),
  j('5411', 'Pemadam Kebakaran', ['Petugas Damkar', 'Damkar', 'Firefighter', 'Fireman']),
  j('5414', 'Satpam', ['Security', 'Satuan Pengamanan', 'Security Guard', 'Petugas Keamanan', 'Penjaga Keamanan']),
  // 6 Pekerja Terampil Pertanian, Kehutanan dan Perikanan
  j('6111', 'Petani Tanaman Pangan dan Sayuran', ['Petani', 'Petani Sayur', 'Farmer']),
  j('6112', 'Pekebun', ['Petani Kebun', 'Petani Sawit']),
  j('6113', 'Tukang Kebun', ['Tukang Taman', 'Gardener']),
  j('6121', 'Peternak', ['Peternak Sapi', 'Peternak Kambing']),
  j('6122', 'Peternak Unggas', ['Peternak Ayam']),
  j('6221', 'Pembudi Daya Ikan', ['Pembudidaya Ikan', 'Petambak', 'Pembudidaya Rumput Laut']),
  j('6222', 'Nelayan', ['Fisherman', 'Nelayan Tradisional']),
  // 7 Pekerja Pengolahan, Kerajinan dan YBDI
  j('7111', 'Tukang Bangunan', ['Builder']),
  j('7112', 'Tukang Batu', ['Bricklayer', 'Mason']),
  j('7114', 'Tukang Cor Beton', ['Tukang Cor', 'Concrete Worker']),
  j('7115', 'Tukang Kayu', ['Carpenter']),
  j('7119', 'Pemasang Perancah', ['Scaffolder', 'Scaffolding', 'Tukang Scaffolding', 'Tukang Perancah']),
  j('7122', 'Tukang Keramik', ['Pemasang Keramik', 'Tile Setter']),
  j('7124', 'Pemasang Insulasi', ['Insulator', 'Insulation Worker']),
  j('7126', 'Tukang Pipa', ['Pipefitter', 'Fitter Pipa', 'Pemasang Pipa', 'Plumber', 'Tukang Ledeng']),
  j('7127', 'Teknisi AC', ['Mekanik AC', 'Tukang AC', 'Teknisi Pendingin', 'AC Technician']),
  j('7131', 'Tukang Cat', ['Pengecat', 'Painter']),
  j('7212', 'Tukang Las', ['Welder', 'Juru Las', 'Operator Las', 'Welding']),
  j('7213', 'Pekerja Pelat Logam', ['Tukang Plat', 'Sheet Metal Worker']),
  j('7214', 'Pemasang Konstruksi Baja', ['Steel Erector', 'Fabricator', 'Structural Fitter']),
  j('7215', 'Rigger', ['Juru Ikat', 'Rigging']),
  j('7223', 'Operator Mesin Bubut', ['Tukang Bubut', 'Operator Bubut', 'Machinist']),
  j('7231', 'Mekanik Kendaraan Bermotor', ['Mekanik Mobil', 'Mekanik Motor', 'Mekanik Otomotif', 'Montir']),
  // Bare "Mekanik" in Bontang vacancies is mostly plant / heavy-equipment work (7233).
  j('7233', 'Mekanik Alat Berat dan Mesin Industri', ['Mekanik', 'Mechanic', 'Mekanik Alat Berat', 'Heavy Equipment Mechanic']),
  j('7411', 'Tukang Listrik', ['Electrician', 'Instalatir Listrik', 'Teknisi Listrik Bangunan']),
  j('7412', 'Mekanik Listrik', ['Electrical Fitter', 'Electrical Mechanic']),
  j('7413', 'Pemasang Jaringan Listrik', ['Lineman', 'Teknisi Jaringan Listrik']),
  j('7421', 'Teknisi Elektronika', ['Tukang Servis Elektronik', 'Electronics Technician']),
  j('7512', 'Tukang Roti', ['Pembuat Roti', 'Pembuat Kue', 'Baker']),
  j('7522', 'Tukang Mebel', ['Pengrajin Mebel', 'Cabinet Maker']),
  j('7531', 'Penjahit', ['Tukang Jahit', 'Tailor']),
  // 8 Operator dan Perakit Mesin
  j('8111', 'Penambang', ['Pekerja Tambang', 'Miner']),
  // "Operator Produksi" in Bontang is mostly the fertiliser / chemical plants (8131).
  j('8131', 'Operator Pabrik Kimia', ['Operator Produksi', 'Operator Pabrik', 'Operator Produksi Kimia', 'Chemical Plant Operator']),
  j('8160', 'Operator Mesin Pengolahan Makanan', ['Operator Mesin Makanan']),
  j('8182', 'Operator Boiler', ['Boiler Operator', 'Operator Ketel Uap']),
  j('8211', 'Perakit Mesin', ['Perakit', 'Assembler']),
  j('8321', 'Pengemudi Ojek', ['Ojek', 'Tukang Ojek', 'Ojek Online']),
  j('8322', 'Sopir', ['Supir', 'Driver', 'Pengemudi', 'Sopir Mobil', 'Driver Mobil', 'Sopir Pribadi', 'Sopir Taksi']),
  j('8331', 'Sopir Bus', ['Pengemudi Bus', 'Bus Driver']),
  j('8332', 'Sopir Truk', ['Supir Truk', 'Pengemudi Truk', 'Driver Truk', 'Truck Driver', 'Sopir Dump Truck', 'Driver Dump Truck']),
  j('8342', 'Operator Alat Berat', [
    'Heavy Equipment Operator',
    'Operator Excavator',
    'Operator Ekskavator',
    'Operator Loader',
    'Operator Dozer',
    'Operator Bulldozer',
    'Operator Grader',
  ]),
  j('8343', 'Operator Crane', ['Operator Kran', 'Operator Derek', 'Crane Operator']),
  j('8344', 'Operator Forklift', ['Operator Forklif', 'Forklift Operator']),
  j('8350', 'Anak Buah Kapal', ['ABK', 'Awak Kapal', 'Kelasi', 'Deckhand']),
  // 9 Pekerja Kasar
  j('9111', 'Pekerja Rumah Tangga', ['Asisten Rumah Tangga', 'ART', 'PRT', 'Pembantu Rumah Tangga']),
  j('9112', 'Petugas Kebersihan', ['Cleaning Service', 'Cleaner', 'Cleaning', 'Office Boy', 'OB', 'Janitor']),
  j('9122', 'Pencuci Kendaraan', ['Pencuci Mobil', 'Car Wash']),
  j('9211', 'Buruh Tani', ['Buruh Kebun']),
  j('9216', 'Buruh Perikanan', ['Pekerja Tambak']),
  j('9312', 'Buruh Konstruksi Jalan', ['Buruh Jalan', 'Pekerja Jalan']),
  j('9313', 'Buruh Bangunan', ['Kuli Bangunan', 'Kenek Bangunan', 'Pekerja Bangunan', 'Helper Bangunan', 'Helper Konstruksi', 'Laborer']),
  j('9321', 'Pengemas', ['Tenaga Packing', 'Packing', 'Packer']),
  j('9329', 'Buruh Pabrik', ['Pekerja Pabrik', 'Helper Produksi']),
  j('9333', 'Buruh Angkut', ['Buruh Bongkar Muat', 'TKBM', 'Kuli Angkut', 'Porter']),
  j('9412', 'Pembantu Juru Masak', ['Helper Dapur', 'Cook Helper', 'Kitchen Helper', 'Asisten Koki']),
  j('9611', 'Petugas Pengangkut Sampah', ['Pengangkut Sampah', 'Tukang Sampah']),
  j('9621', 'Kurir', ['Courier', 'Kurir Paket', 'Pengantar Barang', 'Messenger']),
  j('9629', 'Juru Parkir', ['Tukang Parkir', 'Parking Attendant']),
];

/** Indonesian name of a major group by its digit ('7' -> 'Pekerja Pengolahan, ...'); undefined if not 0-9. */
export function namaGolonganPokok(kode: string): string | undefined {
  return KBJI_GOLONGAN_POKOK.find((g) => g.kode === kode)?.nama;
}
