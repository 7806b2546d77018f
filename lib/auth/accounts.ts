import "server-only";

import { after } from "next/server";

import { db } from "../db";
import { clearHits, consume, release, reserve } from "../rate-limit";
import { issueMagicLink } from "./magic-link";
import { checkPassword, hashPassword, QueueFullError } from "./password";
import { applyAdminEmails, isRefusedDemoAccount } from "./policy";
import { startSession } from "./sessions";

const FIFTEEN_MINUTES = 15 * 60_000;
const SIGN_IN_FAILURES_PER_EMAIL = { limit: 5, windowMs: FIFTEEN_MINUTES };
const SIGN_IN_FAILURES_PER_IP = { limit: 20, windowMs: FIFTEEN_MINUTES };
const REGISTRATIONS_PER_IP = { limit: 10, windowMs: 60 * 60_000 };

export type AuthOutcome = { ok: true } | { ok: false; error: string };

/** One message for every failure, so it never tells whether an account exists. */
export const BAD_CREDENTIALS = "That email and password don’t match an account with a confirmed address.";
/** Password lockout; the owner can still get in with a link by email (its limits are separate). */
export const SIGN_IN_LOCKED =
  "Too many failed attempts: password sign-in is paused for 15 minutes. A sign-in link by email still works — use “Email me a link”.";
const BUSY = "Too many people are signing in right now. Try again in a moment, or use “Email me a link”.";

/**
 * Each attempt reserves a place in the per-email and per-IP failure buckets before the password is checked, so
 * concurrent guesses cannot all slip past the limit; a successful sign-in gives its places back.
 */
export async function signInWithPassword(email: string, password: string, ip: string): Promise<AuthOutcome> {
  const emailBucket = `signin-fail:email:${email}`;
  const emailHit = await reserve(emailBucket, SIGN_IN_FAILURES_PER_EMAIL);
  if (!emailHit) return { ok: false, error: SIGN_IN_LOCKED };
  const ipHit = await reserve(`signin-fail:ip:${ip}`, SIGN_IN_FAILURES_PER_IP);
  if (!ipHit) {
    await release(emailHit);
    return { ok: false, error: SIGN_IN_LOCKED };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, emailVerified: true },
  });
  let check;
  try {
    check = await checkPassword(password, user?.passwordHash);
  } catch (error) {
    if (!(error instanceof QueueFullError)) throw error;
    // Nothing was checked: the attempt does not count.
    await Promise.all([release(emailHit), release(ipHit)]);
    return { ok: false, error: BUSY };
  }
  if (!user || !check.matches || !user.emailVerified || isRefusedDemoAccount(email)) {
    return { ok: false, error: BAD_CREDENTIALS };
  }
  await Promise.all([clearHits(emailBucket), release(ipHit)]);
  if (check.outdated) await upgradePasswordHash(user.id, password);
  await applyAdminEmails(user.id, email);
  await startSession(user.id);
  return { ok: true };
}

/** Replaces a bcrypt (or weaker argon2) hash with a current one, now that we have the password. */
async function upgradePasswordHash(userId: string, password: string): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  } catch (error) {
    // Busy: the next sign-in upgrades it.
    if (!(error instanceof QueueFullError)) throw error;
  }
}

/** Sends a one-time sign-in link; the same answer whether or not the account exists. */
export async function requestMagicLink(email: string, callbackUrl: string, ip: string): Promise<AuthOutcome> {
  const outcome = await issueMagicLink(email, callbackUrl, ip);
  if (outcome === "too-many-for-ip")
    return { ok: false, error: "Too many sign-in links requested. Try again later." };
  if (outcome === "too-many-for-email") {
    return {
      ok: false,
      error:
        "We’ve sent several links to that address already. Check your inbox, or try again in 15 minutes.",
    };
  }
  return { ok: true };
}

/**
 * Registration always ends in "check your inbox": a new address gets a confirmation link, a taken one gets a
 * sign-in link, so the answer never says whether an account exists. The work itself (hashing, saving, mailing)
 * happens after the response is sent, so neither does its timing. Until the address is confirmed the password
 * cannot be used; registering an unconfirmed address again replaces the password (the inbox owner decides).
 */
export async function register(
  input: { email: string; password: string; name: string },
  callbackUrl: string,
  ip: string,
): Promise<AuthOutcome> {
  if (!(await consume(`register:ip:${ip}`, REGISTRATIONS_PER_IP)))
    return { ok: false, error: "Too many accounts created from here. Try again later." };
  if (isRefusedDemoAccount(input.email)) return { ok: true };
  after(() => completeRegistration(input, callbackUrl, ip));
  return { ok: true };
}

/** The part of registration that takes time, run after the response (exported for the tests). */
export async function completeRegistration(
  input: { email: string; password: string; name: string },
  callbackUrl: string,
  ip: string,
): Promise<void> {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, emailVerified: true },
  });
  if (!existing?.emailVerified) {
    const passwordHash = await hashPassword(input.password);
    await db.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name || null, passwordHash },
      update: { name: input.name || null, passwordHash },
    });
  }
  await issueMagicLink(input.email, callbackUrl, ip);
}
