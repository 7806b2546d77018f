import "server-only";

import { limitConcurrency, QueueFullError } from "./concurrency-limit";
import { HASHING_THREADS } from "./hashing-threads";
import { checkPasswordHash, hashPasswordNow, type PasswordCheck } from "./password-hash";

export { QueueFullError };

/**
 * Hashes run on low-priority threads, one per half of the cores, each taking a core for ~25 ms. A sign-in flood
 * queues here, in order, rather than piling up inside the threads (ADR 010).
 */
const MAX_CONCURRENT_HASHES = HASHING_THREADS;
/** Beyond this many waiting, sign-ins are refused at once rather than held in memory. */
const MAX_WAITING_HASHES = 64;

const hashing = limitConcurrency(MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES);

/** An argon2id hash of a new password. May throw QueueFullError when the server is flooded. */
export function hashPassword(password: string): Promise<string> {
  return hashing(() => hashPasswordNow(password));
}

/** A real argon2id hash to check against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash, or against a dummy hash when there is none (missing account, or an
 * account without a password), so both take as long. May throw QueueFullError when the server is flooded.
 */
export async function checkPassword(
  password: string,
  storedHash: string | null | undefined,
): Promise<PasswordCheck> {
  dummyHash ??= hashPassword("no account has this password").catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  const against = storedHash ?? (await dummyHash);
  const check = await hashing(() => checkPasswordHash(password, against));
  return storedHash ? check : { matches: false, outdated: false };
}

export async function verifyPassword(
  password: string,
  storedHash: string | null | undefined,
): Promise<boolean> {
  return (await checkPassword(password, storedHash)).matches;
}
