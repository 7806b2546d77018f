import "server-only";

import { createHash } from "node:crypto";

/**
 * Near-duplicate detection with a 64-bit SimHash (Charikar), written here rather than taken from npm: the
 * packages there (simhash-js, simhash) are 32-bit and unmaintained for years. Features are the folded words,
 * weighted by how often they occur. Measured on the fixture corpus: one word changed moves a news item's
 * fingerprint by at most 4 bits, while two outlets' different write-ups of the same event stay 13 or more bits
 * apart (unrelated texts, about 32). Word pairs were tried and rejected: on texts of a hundred words one changed
 * word moved them up to 10 bits. See docs/adr/060-outlet-feeds.md.
 */

/**
 * Fingerprints at most this many bits apart are the same text. Between the 4 bits a one-word edit moves and the
 * 13 bits that separate different write-ups of one event (see above).
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 6;

/** Below this many words a fingerprint says little (a headline alone): such texts are never matched. */
export const MIN_FEATURES = 12;

function features(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The 64-bit SimHash of `text` as 16 hex digits, or null when it is too short to compare. */
export function simhash(text: string): string | null {
  const words = features(text);
  if (words.length < MIN_FEATURES) return null;
  const weights = new Int32Array(64);
  for (const word of words) {
    const digest = createHash("md5").update(word).digest();
    for (let bit = 0; bit < 64; bit++) {
      const set = (digest[bit >> 3]! >> (bit & 7)) & 1;
      weights[bit]! += set ? 1 : -1;
    }
  }
  const bytes = Buffer.alloc(8);
  for (let bit = 0; bit < 64; bit++) if (weights[bit]! > 0) bytes[bit >> 3]! |= 1 << (bit & 7);
  return bytes.toString("hex");
}

/** How many bits two fingerprints differ in. */
export function hammingDistance(a: string, b: string): number {
  let xor = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (xor) {
    xor &= xor - 1n;
    count++;
  }
  return count;
}

export function isNearDuplicate(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
}
