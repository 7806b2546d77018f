import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { db } from "../db";
import { env } from "../env";
import { consume } from "../rate-limit";
import { sendMagicLinkMail } from "./magic-link-mail";
import { isRefusedDemoAccount } from "./policy";
import { authSecret } from "./secret";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

const FIFTEEN_MINUTES = 15 * 60_000;
export const MAGIC_LINKS_PER_EMAIL = { limit: 3, windowMs: FIFTEEN_MINUTES };
export const MAGIC_LINKS_PER_IP = { limit: 10, windowMs: 60 * 60_000 };

export type MagicLinkOutcome = "sent" | "too-many-for-ip" | "too-many-for-email";

/**
 * The one way a sign-in link leaves the site, whoever asks (our server actions, or next-auth's own
 * `POST /api/auth/signin/email` through the email provider's sendVerificationRequest): throttles per client
 * address and per email, drops expired tokens, stores the new token hashed as next-auth does, and mails the link.
 */
export async function sendSignInLink({
  email,
  token,
  url,
  ip,
  expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_SECONDS * 1000),
}: {
  email: string;
  token: string;
  url: string;
  ip: string;
  expires?: Date;
}): Promise<MagicLinkOutcome> {
  if (!(await consume(`magic-link:ip:${ip}`, MAGIC_LINKS_PER_IP))) return "too-many-for-ip";
  if (!(await consume(`magic-link:email:${email}`, MAGIC_LINKS_PER_EMAIL))) return "too-many-for-email";
  // Same answer as a real send, so it never tells which addresses are demo accounts.
  if (isRefusedDemoAccount(email)) return "sent";
  await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
  await db.verificationToken.create({ data: { identifier: email, token: hashToken(token), expires } });
  await sendMagicLinkMail(email, url);
  return "sent";
}

/** next-auth's token hashing, so its callback route finds the token. */
function hashToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret}`).digest("hex");
}

/**
 * Issues a one-time sign-in link exactly as next-auth's email provider would, so next-auth's own callback route
 * verifies it, creates the account if needed and starts a database session.
 */
export async function issueMagicLink(
  email: string,
  callbackUrl: string,
  ip: string,
): Promise<MagicLinkOutcome> {
  const token = randomBytes(32).toString("hex");
  const base = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const url = `${base.replace(/\/$/, "")}/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`;
  return sendSignInLink({ email, token, url, ip });
}
