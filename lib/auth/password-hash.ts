/**
 * Password hashing without the server's concurrency cap, shared by the app (lib/auth/password.ts), the seed and
 * `npm run user:create`; so not server-only. Every hash and check runs on a low-priority worker thread
 * (hashing-threads.ts), never on the JavaScript thread that serves pages (ADR 010).
 */
import { parseOptions } from "@node-rs/argon2";

import { runHashJob } from "./hashing-threads";

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane; about 25 ms of one core here. */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export function hashPasswordNow(password: string): Promise<string> {
  return runHashJob({ kind: "argon2-hash", password, options: { ...ARGON2_OPTIONS, algorithm: ARGON2ID } });
}

/** Hashes written by bcryptjs before argon2id (ADR 010); still accepted, and replaced at the next sign-in. */
const BCRYPT_HASH = /^\$2[aby]\$\d\d\$/;

export type PasswordCheck = {
  matches: boolean;
  /** The hash is bcrypt or weaker argon2 than ARGON2_OPTIONS: store a fresh one when the password matched. */
  outdated: boolean;
};

export async function checkPasswordHash(password: string, storedHash: string): Promise<PasswordCheck> {
  if (BCRYPT_HASH.test(storedHash))
    return {
      // A malformed bcrypt hash matches nothing.
      matches: await runHashJob({ kind: "bcrypt-verify", hash: storedHash, password }).catch(() => false),
      outdated: true,
    };
  if (!storedHash.startsWith("$argon2")) return { matches: false, outdated: false };
  try {
    const matches = await runHashJob({ kind: "argon2-verify", hash: storedHash, password });
    const used = parseOptions(storedHash);
    const outdated =
      used.algorithm !== ARGON2ID ||
      used.memoryCost < ARGON2_OPTIONS.memoryCost ||
      used.timeCost < ARGON2_OPTIONS.timeCost;
    return { matches, outdated };
  } catch {
    // A malformed stored hash matches nothing.
    return { matches: false, outdated: false };
  }
}
