import "server-only";

import { recordAudit } from "../audit";
import type { Viewer } from "../auth";
import { commenterChanged } from "../cache/invalidation";
import { db } from "../db";
import { DEFAULT_DATABASE_URL } from "../db-client";
import { databaseProvider } from "../env-schema";
import type { Role } from "../generated/sqlite/enums";
import type { Prisma } from "../generated/sqlite/client";
import { fail, ModerationRefusal, refusable, type Failure } from "../moderation/errors";
import { assertCan } from "../permissions";
import { isRole, ROLE_LABELS, signInMethods, USER_SEARCH_MAX, USERS_PAGE_SIZE } from "./rules";

export type UserRow = {
  id: string;
  name: string | null;
  email: string | null;
  role: Role;
  createdAt: Date;
  signInMethods: string[];
  commentingDisabledAt: Date | null;
  commentingDisabledReason: string | null;
};

export type UsersPage = {
  users: UserRow[];
  total: number;
  page: number;
  pageCount: number;
  adminCount: number;
};

/** Everyone, newest first, optionally matching an email or name (case-insensitive on both databases). */
export async function listUsers(
  viewer: Viewer | null,
  input: { q?: string; page: number },
): Promise<UsersPage> {
  assertCan(viewer?.role, "user:manage");
  const q = input.q?.trim().slice(0, USER_SEARCH_MAX) ?? "";
  // SQLite's LIKE is already case-insensitive for ASCII and rejects `mode`; PostgreSQL needs mode: "insensitive".
  const insensitive =
    databaseProvider(process.env.DATABASE_URL || DEFAULT_DATABASE_URL) === "postgres"
      ? ({ mode: "insensitive" } as const)
      : {};
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, ...insensitive } }, { name: { contains: q, ...insensitive } }] }
    : {};
  const [rows, total, adminCount] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        createdAt: true,
        passwordHash: true,
        commentingDisabledAt: true,
        commentingDisabledReason: true,
        accounts: { select: { provider: true } },
      },
    }),
    db.user.count({ where }),
    db.user.count({ where: { role: "ADMIN" } }),
  ]);
  return {
    users: rows.map(({ passwordHash, accounts, ...user }) => ({
      ...user,
      signInMethods: signInMethods({
        hasPassword: Boolean(passwordHash),
        providers: accounts.map((account) => account.provider),
      }),
    })),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
    adminCount,
  };
}

export type RoleChangeResult = { ok: true; changed: boolean; role: Role } | Failure;

/** PostgreSQL refused a serializable transaction because another one changed what it read: Prisma's P2034, or the
 * driver adapter's own TransactionWriteConflict when the refusal comes on a later statement or at commit. */
function isSerializationFailure(error: unknown): boolean {
  const { code, cause } = error as { code?: string; cause?: { kind?: string; originalCode?: string } };
  return code === "P2034" || cause?.kind === "TransactionWriteConflict" || cause?.originalCode === "40001";
}

/**
 * Changes someone's role. The last admin can never be demoted: the count is taken inside a serializable
 * transaction, so two admins demoting each other at once cannot leave the site with none. Audited.
 */
export async function changeUserRole(
  viewer: Viewer | null,
  input: { userId: string; role: Role },
): Promise<RoleChangeResult> {
  assertCan(viewer?.role, "user:manage");
  const actor = viewer!;
  if (!isRole(input.role)) return fail("Choose a role.");
  const attempt = () =>
    refusable(() =>
      db.$transaction(
        async (tx) => {
          const user = await tx.user.findUnique({
            where: { id: input.userId },
            select: { id: true, name: true, email: true, role: true },
          });
          if (!user) throw new ModerationRefusal("That account no longer exists.");
          if (user.role === input.role) return { ok: true as const, changed: false, role: user.role };
          if (user.role === "ADMIN") {
            const admins = await tx.user.count({ where: { role: "ADMIN" } });
            if (admins <= 1)
              throw new ModerationRefusal("This is the last admin. Make someone else an admin first.");
          }
          await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
          const who = user.name?.trim() || user.email || user.id;
          await recordAudit(
            {
              actorId: actor.id,
              action: "user.role-change",
              entityType: "user",
              entityId: user.id,
              summary: `Changed ${who}’s role from ${ROLE_LABELS[user.role]} to ${ROLE_LABELS[input.role]}`,
              before: { role: user.role },
              after: { role: input.role },
            },
            tx,
          );
          return { ok: true as const, changed: true, role: input.role };
        },
        { isolationLevel: "Serializable" },
      ),
    );
  for (let tries = 1; ; tries++) {
    try {
      const result = await attempt();
      // Staff wear a badge beside their comments.
      if (result.ok && result.changed) await commenterChanged(input.userId);
      return result;
    } catch (error) {
      if (!isSerializationFailure(error)) throw error;
      if (tries >= 5) return fail("Someone else changed roles at the same moment. Try again.");
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * tries));
    }
  }
}
