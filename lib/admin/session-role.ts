import "server-only";

import { db } from "../db";
import type { Role } from "../generated/sqlite/enums";

/** The role behind a session cookie, for the proxy's early answer on /admin (pages and actions check again). */
export async function roleForSessionToken(token: string | undefined): Promise<Role | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { role: true } } },
  });
  if (!session || session.expires < new Date()) return null;
  return session.user.role;
}
