import { describe, expect, it } from 'vitest';
import * as normalise from '../../../src/core/normalise';

describe('normalise index', () => {
  it('re-exports every parser and helper', () => {
    for (const name of ['ok', 'fail', 'isBlank', 'decodeText', 'parseCsv', 'parseDate', 'formatDateId', 'addYears', 'ageOn',
      'ageBand', 'parseCount', 'parseDecimal', 'parseNik', 'parseKk', 'nikBirthInfo', 'checkNikConsistency', 'parseSex',
      'parseEducation', 'parseYaTidak', 'normaliseHeader', 'parseSkills', 'maskValue']) {
      expect(typeof (normalise as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(normalise.AGE_BANDS).toHaveLength(11);
    expect(normalise.EDUCATION_LEVELS).toHaveLength(12);
    expect(normalise.PERSONAL_COLUMNS).toContain('nik');
  });
});
