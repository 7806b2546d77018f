import "server-only";

import { randomBytes } from "node:crypto";

import { cookies } from "next/headers";

import { db } from "../db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session used after this long gets its expiry pushed forward (sliding sessions). */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** next-auth's own cookie settings: Secure (and the __Secure- prefix) in production. */
export const useSecureCookies = process.env.NODE_ENV === "production";
export const sessionCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

/**
 * Creates a database session (the same row next-auth's adapter writes) and sets next-auth's cookie, so
 * password sign-ins get real, revocable sessions rather than JWTs.
 */
export async function startSession(userId: string): Promise<void> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  (await cookies()).set(sessionCookieName, sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: useSecureCookies,
    expires,
  });
}

/**
 * Expires the session cookie. It must carry the attributes it was set with: browsers ignore a `__Secure-`
 * cookie (production) set without Secure, so a bare delete(name) would leave the cookie in place.
 */
function clearSessionCookie(jar: Awaited<ReturnType<typeof cookies>>): void {
  jar.delete({
    name: sessionCookieName,
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: useSecureCookies,
  });
}

/** Deletes this browser's session row and cookie. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName)?.value;
  if (token) await db.session.deleteMany({ where: { sessionToken: token } });
  clearSessionCookie(jar);
}

/** Signs a user out on every device. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
  clearSessionCookie(await cookies());
}

export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName)?.value;
}
