import "server-only";

import { commentsChanged, commenterChanged } from "../cache/invalidation";
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";

export async function updateDisplayName(userId: string, name: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name } });
  await commenterChanged(userId);
}

/** Changing the password signs out every other device. */
export async function changePassword(
  userId: string,
  currentSessionToken: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true } | { ok: false; field: "currentPassword"; error: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, field: "currentPassword", error: "That isn’t your current password." };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId, sessionToken: { not: currentSessionToken ?? "" } } }),
  ]);
  return { ok: true };
}

/**
 * Deleting an account erases what its owner wrote: their comments become "[deleted]" placeholders (so other
 * readers' replies keep their place), and the user row goes with its sessions, sign-in methods and reports.
 */
export async function deleteAccount(userId: string): Promise<void> {
  const articles = await db.comment.findMany({
    where: { userId },
    select: { articleId: true },
    distinct: ["articleId"],
  });
  await db.$transaction([
    db.comment.updateMany({ where: { userId, deletedAt: null }, data: { deletedAt: new Date(), body: "" } }),
    db.comment.updateMany({ where: { userId }, data: { userId: null } }),
    db.user.delete({ where: { id: userId } }),
  ]);
  await commentsChanged(articles.map((row) => row.articleId));
}
