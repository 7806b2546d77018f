import "server-only";

import { db } from "../db";
import { env } from "../env";

/** The seeded demo accounts; usable locally, refused in production unless ALLOW_DEMO_ACCOUNTS is set. */
export const DEMO_EMAIL_DOMAIN = "@example.com";

export function isRefusedDemoAccount(email: string | null | undefined): boolean {
  if (!email) return false;
  return (
    env.NODE_ENV === "production" &&
    !env.ALLOW_DEMO_ACCOUNTS &&
    email.toLowerCase().endsWith(DEMO_EMAIL_DOMAIN)
  );
}

/** ADMIN_EMAILS are promoted at sign-in. */
export async function applyAdminEmails(userId: string, email: string | null | undefined): Promise<void> {
  if (!email || !env.ADMIN_EMAILS.includes(email.toLowerCase())) return;
  await db.user.updateMany({ where: { id: userId, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
}
