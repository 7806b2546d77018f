import "server-only";

import { recordAudit } from "../audit";
import type { Viewer } from "../auth";
import { db } from "../db";
import { assertCan } from "../permissions";
import { fail, ModerationRefusal, refusable, type Failure } from "./errors";
import { COMMENTING_REASON_MAX } from "./rules";

export type CommentingResult = { ok: true; disabled: boolean; changed: boolean } | Failure;

/**
 * Turns commenting off (with a reason the person is shown) or back on for one account. createComment refuses
 * a disabled account at once, since the viewer is read fresh on every request. Audited.
 */
export async function setCommentingDisabled(
  viewer: Viewer | null,
  input: { userId: string; disabled: boolean; reason?: string | null },
): Promise<CommentingResult> {
  assertCan(viewer?.role, "comment:moderate");
  const actor = viewer!;
  const reason = input.reason?.trim() ?? "";
  if (input.disabled && !reason) return fail("Give a reason; the person sees it when they try to comment.");
  if (reason.length > COMMENTING_REASON_MAX)
    return fail(`Keep the reason under ${COMMENTING_REASON_MAX} characters.`);
  if (input.userId === actor.id) return fail("You can’t change commenting on your own account.");

  return refusable(() =>
    db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: input.userId },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          commentingDisabledAt: true,
          commentingDisabledReason: true,
        },
      });
      if (!user) throw new ModerationRefusal("That account no longer exists.");
      if (user.role === "ADMIN" && actor.role !== "ADMIN")
        throw new ModerationRefusal("Only an admin can change commenting for an admin.");
      const before = {
        commentingDisabled: user.commentingDisabledAt !== null,
        reason: user.commentingDisabledReason,
      };
      const after = { commentingDisabled: input.disabled, reason: input.disabled ? reason : null };
      if (before.commentingDisabled === after.commentingDisabled && before.reason === after.reason) {
        return { ok: true as const, disabled: input.disabled, changed: false };
      }
      await tx.user.update({
        where: { id: user.id },
        data: input.disabled
          ? {
              commentingDisabledAt: user.commentingDisabledAt ?? new Date(),
              commentingDisabledReason: reason,
            }
          : { commentingDisabledAt: null, commentingDisabledReason: null },
      });
      const who = user.name?.trim() || user.email || user.id;
      await recordAudit(
        {
          actorId: actor.id,
          action: input.disabled ? "user.commenting-disable" : "user.commenting-enable",
          entityType: "user",
          entityId: user.id,
          summary: input.disabled
            ? `Turned off commenting for ${who}. Reason: ${reason}`
            : `Turned commenting back on for ${who}`,
          before,
          after,
        },
        tx,
      );
      return { ok: true as const, disabled: input.disabled, changed: true };
    }),
  );
}
