import "server-only";

import { db } from "../db";
import type { Role } from "../generated/sqlite/enums";

/** Who a session cookie belongs to, for the proxy's early answers (pages and actions check again). */
export async function viewerForSessionToken(
  token: string | undefined,
): Promise<{ id: string; role: Role } | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { id: true, role: true } } },
  });
  if (!session || session.expires < new Date()) return null;
  return session.user;
}

/** The role behind a session cookie, for the proxy's early answer on /admin (pages and actions check again). */
export async function roleForSessionToken(token: string | undefined): Promise<Role | null> {
  return (await viewerForSessionToken(token))?.role ?? null;
}
