import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Keyed pseudonyms for linking the job-seeker register (AK1) to DTSEN without keeping any NIK.
 *
 * pseudonym = the first 64 bits of HMAC-SHA-256(secret, "<purpose>:" + value), written as 16
 * letters a-p (one per 4 bits) rather than hex digits, so a pseudonym can never be mistaken
 * for, or scanned as, a 16-digit NIK. Without the
 * secret, which stays with the data officer, the small NIK space cannot be searched to reverse
 * it; with the same secret, the same NIK always gives the same pseudonym in every table and every
 * build, so the snapshot can say which job seekers are in which desil. 64 bits keep the chance of
 * two people sharing a pseudonym below one in ten million at a million people.
 */
export type Pseudonymiser = (value: string) => string;

/** HMAC-SHA-256 of a UTF-8 message, hex encoded. Node passes node:crypto's (about 3× faster). */
export type HmacSha256Hex = (key: Uint8Array, message: string) => string;

/** Minimum secret length in bytes; shorter secrets are refused. */
export const MIN_SECRET_BYTES = 16;

/** Public secret used only for synthetic demo data (the manifest marks such snapshots as demo). */
export const DEMO_SECRET = 'simpul-kerja-demo-secret-not-for-real-data';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Pure-JS HMAC (@noble/hashes): runs unchanged in the browser, where officers link files locally. */
export const nobleHmacSha256Hex: HmacSha256Hex = (key, message) => {
  const d = hmac(sha256, key, encoder.encode(message));
  let s = '';
  for (let i = 0; i < d.length; i++) s += HEX[d[i]];
  return s;
};

/**
 * Create a pseudonymiser for one secret and one purpose ('nik' and 'kk' give unrelated pseudonyms).
 * `memo`, when given, caches pseudonyms by value for as long as the caller keeps the map (a build
 * sees the same NIK or KK many times); the caller clears it when the run no longer needs it.
 */
export function createPseudonymiser(
  secret: string | Uint8Array,
  purpose: 'nik' | 'kk',
  hmacHex: HmacSha256Hex = nobleHmacSha256Hex,
  memo?: Map<string, string>,
): Pseudonymiser {
  const key = typeof secret === 'string' ? encoder.encode(secret) : secret;
  if (key.length < MIN_SECRET_BYTES) {
    throw new Error(`secret too short: need at least ${MIN_SECRET_BYTES} bytes`);
  }
  const prefix = `${purpose}:`;
  if (!memo) return (value: string) => hexToLetters(hmacHex(key, prefix + value));
  return (value: string) => {
    // Keyed by the whole message. Note that `prefix + value` still points at `value`, so a
    // value cut out of a large text should be detached first (parseNik/parseKk do).
    const message = prefix + value;
    let p = memo.get(message);
    if (p === undefined) {
      p = hexToLetters(hmacHex(key, message));
      memo.set(message, p);
    }
    return p;
  };
}

/** Char code of a hex digit ('0'-'9', 'a'-'f' or 'A'-'F') -> char code of its letter ('a'-'p'). */
const HEX_TO_LETTER = new Uint8Array(128);
for (let i = 0; i < 16; i++) {
  HEX_TO_LETTER[i.toString(16).charCodeAt(0)] = 97 + i;
  HEX_TO_LETTER[i.toString(16).toUpperCase().charCodeAt(0)] = 97 + i;
}

/**
 * The first 16 hex digits (64 bits) of a hex digest -> 'a'-'p': the same 4 bits per
 * character, with no digits at all.
 */
function hexToLetters(hex: string): string {
  const t = HEX_TO_LETTER;
  return String.fromCharCode(
    t[hex.charCodeAt(0)], t[hex.charCodeAt(1)], t[hex.charCodeAt(2)], t[hex.charCodeAt(3)],
    t[hex.charCodeAt(4)], t[hex.charCodeAt(5)], t[hex.charCodeAt(6)], t[hex.charCodeAt(7)],
    t[hex.charCodeAt(8)], t[hex.charCodeAt(9)], t[hex.charCodeAt(10)], t[hex.charCodeAt(11)],
    t[hex.charCodeAt(12)], t[hex.charCodeAt(13)], t[hex.charCodeAt(14)], t[hex.charCodeAt(15)],
  );
}
