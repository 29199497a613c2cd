import { describe, expect, it } from 'vitest';
import { parseSkills } from '../../../src/core/normalise/skills';

describe('parseSkills', () => {
  it('splits on every separator, cleans and dedupes in order', () => {
    expect(parseSkills('Las; Mengemudi, las / Operator  Forklift|K3\nexcel\r\nEXCEL')).toEqual([
      'las', 'mengemudi', 'operator forklift', 'k3', 'excel',
    ]);
  });

  it('drops blanks and returns [] for empty cells', () => {
    expect(parseSkills(' ; ,, - ;')).toEqual([]);
    expect(parseSkills('')).toEqual([]);
    expect(parseSkills(null)).toEqual([]);
    expect(parseSkills('-')).toEqual([]);
    expect(parseSkills('Menjahit')).toEqual(['menjahit']);
    expect(parseSkills(123)).toEqual(['123']);
  });
});
