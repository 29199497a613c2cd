import { describe, expect, it } from 'vitest';
import { createKelurahanMatcher } from '../../../src/core/normalise/region';
import { FINAL_2025, FUZZY_TYPOS, PLACES, spellPlace, UNKNOWN_PLACES, type PlaceStyle } from '../../../src/pipeline/demo/places';
import { Rng } from '../../../src/pipeline/demo/rng';

const match = createKelurahanMatcher();

describe('demo places', () => {
  it('covers the 15 kelurahan with weights summing to the published kecamatan figures', () => {
    expect(PLACES).toHaveLength(15);
    const pop = (kec: number) => PLACES.filter((p) => p.kec === kec).reduce((s, p) => s + p.population, 0);
    expect([pop(1), pop(2), pop(3)]).toEqual([89_010, 71_167, 31_634]);
    expect(PLACES.reduce((s, p) => s + p.prelistD14, 0)).toBe(16_384);
    for (const [kec, total] of Object.entries(FINAL_2025)) {
      const members = PLACES.filter((p) => p.kel.kode_kecamatan === kec);
      expect(members.reduce((s, p) => s + p.finalKk, 0)).toBe(total.kk);
      expect(members.reduce((s, p) => s + p.finalJiwa, 0)).toBe(total.jiwa);
    }
    // Lok Tuan is the largest kelurahan of the largest kecamatan
    const lokTuan = PLACES.find((p) => p.kel.nama === 'Lok Tuan')!;
    expect(Math.max(...PLACES.map((p) => p.population))).toBe(lokTuan.population);
  });

  it('spells every kelurahan in every style so that it matches exactly, without repair', () => {
    const styles: PlaceStyle[] = ['name', 'upper', 'prefixed', 'alias', 'dotted', 'digits'];
    const rng = new Rng(1, 'test');
    for (const p of PLACES) {
      for (const style of styles) {
        for (let k = 0; k < 4; k++) {
          const written = spellPlace(p, style, rng);
          expect(match(written), `${style} ${written}`).toEqual({ ok: true, value: p.kel.kode });
        }
      }
    }
  });

  it('has one near-typo per kelurahan that the fuzzy matcher repairs to that kelurahan', () => {
    for (const p of PLACES) {
      const typo = FUZZY_TYPOS[p.kel.kode];
      expect(typo, p.kel.kode).toBeDefined();
      expect(match(typo), typo).toEqual({ ok: true, value: p.kel.kode, repaired: true });
    }
  });

  it('has unknown places that no matcher resolves', () => {
    for (const u of UNKNOWN_PLACES) expect(match(u), u).toEqual({ ok: false, code: 'kelurahan-unknown' });
  });
});
