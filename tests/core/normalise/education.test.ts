import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, parseEducation, type EducationCode } from '../../../src/core/normalise/education';

const expectCode = (input: string, code: EducationCode) => expect(parseEducation(input), input).toEqual({ ok: true, value: code });

describe('parseEducation', () => {
  it('accepts the project codes in any case', () => {
    for (const { kode } of EDUCATION_LEVELS) {
      expectCode(kode, kode);
      expectCode(kode.toLowerCase(), kode);
    }
  });

  it('maps the contract variants', () => {
    const cases: Array<[string, EducationCode]> = [
      ['Tidak/Belum Sekolah', 'TS'], ['Tidak Sekolah', 'TS'], ['Belum Sekolah', 'TS'], ['Tidak tamat SD', 'TS'],
      ['BELUM TAMAT SD/SEDERAJAT', 'TS'],
      ['SD/MI', 'SD'], ['SD Sederajat', 'SD'], ['TAMAT SD/SEDERAJAT', 'SD'], ['Sekolah Dasar', 'SD'],
      ['SLTP', 'SMP'], ['SMP/MTs', 'SMP'], ['MTs', 'SMP'], ['SLTP/SEDERAJAT', 'SMP'], ['Tidak tamat SMA', 'SMP'],
      ['SLTA', 'SMA'], ['SMU', 'SMA'], ['SMA/MA', 'SMA'], ['MA', 'SMA'], ['Paket C', 'SMA'], ['SLTA/SEDERAJAT', 'SMA'],
      ['smk', 'SMK'], ['STM', 'SMK'], ['SMEA', 'SMK'], ['Lulusan SMK', 'SMK'],
      ['D-I', 'D1'], ['D I', 'D1'], ['Diploma I', 'D1'], ['DI', 'D1'], ['D1', 'D1'], ['DIPLOMA I/II', 'D1'],
      ['D-II', 'D2'], ['D II', 'D2'], ['Diploma II', 'D2'], ['DII', 'D2'],
      ['D-III', 'D3'], ['D III', 'D3'], ['Diploma III', 'D3'], ['DIII', 'D3'], ['d3', 'D3'],
      ['AKADEMI/DIPLOMA III/S. MUDA', 'D3'],
      ['D4', 'D4'], ['D-IV', 'D4'], ['Diploma IV', 'D4'], ['DIV', 'D4'], ['Sarjana Terapan', 'D4'],
      ['S-1', 'S1'], ['S1', 'S1'], ['Sarjana', 'S1'], ['Strata 1', 'S1'], ['STRATA I', 'S1'], ['Sarjana (S1)', 'S1'],
      ['DIPLOMA IV/STRATA I', 'S1'], ['s.1', 'S1'],
      ['S2', 'S2'], ['S-2', 'S2'], ['Magister', 'S2'], ['Master', 'S2'], ['STRATA II', 'S2'],
      ['S3', 'S3'], ['Doktor', 'S3'], ['STRATA III', 'S3'],
    ];
    for (const [input, code] of cases) expectCode(input, code);
  });

  it('tells Diploma I/II apart from Diploma III', () => {
    expectCode('Diploma I/II', 'D1');
    expectCode('Diploma III', 'D3');
  });

  it('requires a value and rejects unknown ones', () => {
    expect(parseEducation('')).toEqual({ ok: false, code: 'required-missing' });
    expect(parseEducation(undefined)).toEqual({ ok: false, code: 'required-missing' });
    for (const v of ['Kursus menjahit', 'S4', 'D5', 'Tidak tamat S1', 'universitas']) {
      expect(parseEducation(v), v).toEqual({ ok: false, code: 'education-unknown' });
    }
    expect(parseEducation(3)).toEqual({ ok: false, code: 'education-unknown' });
  });

  it('lists the levels in order with groups', () => {
    expect(EDUCATION_LEVELS.map((l) => l.kode)).toEqual(['TS', 'SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3']);
    expect(EDUCATION_LEVELS.map((l) => l.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(EDUCATION_LEVELS.filter((l) => l.kelompok === 'Menengah').map((l) => l.kode)).toEqual(['SMA', 'SMK']);
    expect(EDUCATION_LEVELS.filter((l) => l.kelompok === 'Tinggi')).toHaveLength(7);
  });
});
