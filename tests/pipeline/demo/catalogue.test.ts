import { describe, expect, it } from 'vitest';
import { parseEducation } from '../../../src/core/normalise/education';
import { parseKbji } from '../../../src/core/normalise/kbji';
import { EDUCATION_MIX, jurusanFor, skillsFor, soughtOccupation, spellEducation, spellOccupation } from '../../../src/pipeline/demo/catalogue';
import { EDU_CODES } from '../../../src/pipeline/demo/jobseekers';
import { Rng } from '../../../src/pipeline/demo/rng';

describe('demo catalogue', () => {
  it('spells every education level in forms the pipeline reads back to the same code', () => {
    const rng = new Rng(3, 'test');
    for (const e of EDU_CODES) {
      for (let k = 0; k < 20; k++) {
        const written = spellEducation(e, rng);
        expect(parseEducation(written), `${e} -> ${written}`).toEqual({ ok: true, value: e });
      }
    }
  });

  it('writes occupations as codes or names that the KBJI parser recognises as the intended code', () => {
    const rng = new Rng(4, 'test');
    for (let k = 0; k < 3000; k++) {
      const edu = EDUCATION_MIX.draw(rng);
      const code = soughtOccupation(edu, rng);
      expect(code).toMatch(/^\d{4}$/);
      for (const style of ['code', 'name', 'code-name'] as const) {
        const written = spellOccupation(code, style, rng);
        const parsed = parseKbji(written);
        expect(parsed.ok, written).toBe(true);
        if (parsed.ok) expect(parsed.value?.kode, written).toBe(code);
      }
    }
  });

  it('gives mostly SMA/SMK education, fields of study above SMP, and one to five skills', () => {
    const rng = new Rng(5, 'test');
    let menengah = 0;
    for (let k = 0; k < 10_000; k++) {
      const e = EDUCATION_MIX.draw(rng);
      if (e === 'SMA' || e === 'SMK') menengah++;
    }
    expect(menengah / 10_000).toBeGreaterThan(0.55);
    expect(jurusanFor('SMP', 0.5)).toBe('');
    expect(jurusanFor('SMK', 0.99)).toBe('Perhotelan – Food & Beverage');
    for (let k = 0; k < 200; k++) {
      const s = skillsFor('7212', rng);
      expect(s.length).toBeGreaterThanOrEqual(1);
      expect(s.length).toBeLessThanOrEqual(5);
      expect(new Set(s).size).toBe(s.length);
    }
  });
});
