import { createHmac } from 'node:crypto';
import type { HmacSha256Hex } from '../core/linkage/pseudonym';

/** node:crypto HMAC-SHA-256: same output as core's @noble/hashes version (used in the browser), about 3× faster at a million rows. */
export const nodeHmacSha256Hex: HmacSha256Hex = (key, message) => createHmac('sha256', key).update(message).digest('hex');
