import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

const SEX: Record<string, 'L' | 'P'> = {
  l: 'L', lk: 'L', laki: 'L', lakilaki: 'L', pria: 'L', m: 'L', male: 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', w: 'P', f: 'P', female: 'P',
};

/**
 * Parse sex as 'L' (laki-laki) or 'P' (perempuan). Accepts L/P, Laki-laki, Laki Laki, Laki2, Pria,
 * Perempuan, Wanita, LK/PR, M/F, Male/Female in any case; punctuation and spaces are ignored.
 * Blank -> 'required-missing'; anything else -> 'sex-invalid'.
 */
export function parseSex(v: RawValue): Parsed<'L' | 'P'> {
  if (isBlank(v)) return fail('required-missing');
  if (typeof v !== 'string') return fail('sex-invalid');
  const key = v.toLowerCase().replace(/[^a-z]+/g, '');
  const sex = SEX[key];
  return sex ? ok(sex) : fail('sex-invalid');
}
