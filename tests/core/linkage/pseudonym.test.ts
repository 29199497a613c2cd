import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createPseudonymiser, nobleHmacSha256Hex } from '../../../src/core/linkage/pseudonym';
import { nodeHmacSha256Hex } from '../../../src/pipeline/node-hmac';

const SECRET = 'kunci-uji-yang-cukup-panjang-0123456789';

describe('keyed NIK pseudonym', () => {
  it('is the first 64 bits of HMAC-SHA-256(secret, "nik:" + NIK), one letter a-p per 4 bits', () => {
    const nik = '6474014101950001';
    const hex = createHmac('sha256', SECRET).update(`nik:${nik}`).digest('hex').slice(0, 16);
    const letters = [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
    expect(createPseudonymiser(SECRET, 'nik')(nik)).toBe(letters);
    expect(letters).toMatch(/^[a-p]{16}$/);
  });

  it('gives the same value in the browser (noble) and in Node (node:crypto)', () => {
    const browser = createPseudonymiser(SECRET, 'nik', nobleHmacSha256Hex);
    const node = createPseudonymiser(SECRET, 'nik', nodeHmacSha256Hex);
    for (let i = 0; i < 200; i++) {
      const nik = String(6474010101900001 + i * 7919);
      expect(node(nik)).toBe(browser(nik));
    }
  });

  it('depends on the secret and the purpose, and never contains a digit', () => {
    const nik = '6474014101950001';
    const a = createPseudonymiser(SECRET, 'nik')(nik);
    expect(createPseudonymiser(SECRET + 'x', 'nik')(nik)).not.toBe(a);
    expect(createPseudonymiser(SECRET, 'kk')(nik)).not.toBe(a);
    const p = createPseudonymiser(SECRET, 'nik', nodeHmacSha256Hex);
    for (let i = 0; i < 5000; i++) expect(p(String(6474010101900001 + i))).not.toMatch(/\d/);
  });

  it('refuses a secret shorter than 16 bytes', () => {
    expect(() => createPseudonymiser('pendek', 'nik')).toThrow(/too short/);
  });
});
