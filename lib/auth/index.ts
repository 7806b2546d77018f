import "server-only";

import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";

import { isDatabaseUnavailableError } from "../database-outage";
import { db } from "../db";
import type { Role } from "../generated/sqlite/enums";
import { authOptions, sessionLookup } from "./options";

export type Viewer = {
  id: string;
  name: string | null;
  email: string | null;
  role: Role;
  createdAt: Date;
  commentingDisabledAt: Date | null;
  commentingDisabledReason: string | null;
  hasPassword: boolean;
};

const STAFF_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** The signed-in user for this request, read fresh from the database (roles and bans apply at once), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Per request by nature; next-auth also draws random CSRF tokens, which prerendering refuses.
  await connection();
  const lookup: { error?: unknown } = {};
  const session = await sessionLookup.run(lookup, () => getServerSession(authOptions));
  // An outage is not "signed out": the page or action says the site is briefly unavailable instead.
  if (isDatabaseUnavailableError(lookup.error)) throw lookup.error;
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      commentingDisabledAt: true,
      commentingDisabledReason: true,
      passwordHash: true,
    },
  });
  if (!user) return null;
  const { passwordHash, ...viewer } = user;
  return { ...viewer, hasPassword: Boolean(passwordHash) };
});

export function displayName(user: { name: string | null; email?: string | null }): string {
  return user.name?.trim() || "Reader";
}
