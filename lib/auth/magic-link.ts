import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { db } from "../db";
import { env } from "../env";
import { sendMagicLinkMail } from "./magic-link-mail";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "./options";
import { authSecret } from "./secret";

/**
 * Issues a one-time sign-in link exactly as next-auth's email provider would (same token hashing), so
 * next-auth's own callback route verifies it, creates the account if needed and starts a database session.
 * We issue it ourselves so the request can be validated and throttled in a server action.
 */
export async function issueMagicLink(email: string, callbackUrl: string): Promise<void> {
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_SECONDS * 1000);
  await db.verificationToken.create({
    data: {
      identifier: email,
      token: createHash("sha256").update(`${token}${authSecret}`).digest("hex"),
      expires,
    },
  });
  const base = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const url = `${base.replace(/\/$/, "")}/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`;
  await sendMagicLinkMail(email, url);
}
