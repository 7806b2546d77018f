import "server-only";

import { recordAudit } from "../audit";
import type { Viewer } from "../auth";
import { commentsChanged } from "../cache/invalidation";
import { db } from "../db";
import { assertCan } from "../permissions";
import { fail, ModerationRefusal, refusable, type Failure } from "./errors";
import { MAX_BULK_COMMENTS, MODERATION_EFFECTS, MODERATION_REASON_MAX, type ModerationAction } from "./rules";

export type ModerationResult =
  { ok: true; changed: number; unchanged: number; articleIds: string[] } | Failure;

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Approves, hides, removes or restores comments, all or none, in one transaction with one audit entry per changed
 * comment. Approve, hide and remove close the comment's open reports (a moderator has dealt with them); remove needs
 * a reason, kept in moderationNote. Returns the articles whose reader caches the caller must invalidate.
 */
export async function moderateComments(
  viewer: Viewer | null,
  input: { action: ModerationAction; commentIds: string[]; reason?: string | null },
): Promise<ModerationResult> {
  assertCan(viewer?.role, "comment:moderate");
  const actor = viewer!;
  const effect = MODERATION_EFFECTS[input.action];
  if (!effect) return fail("Choose what to do with the selected comments.");
  const ids = [
    ...new Set(input.commentIds.filter((id) => typeof id === "string" && id.length > 0 && id.length <= 64)),
  ];
  if (ids.length === 0) return fail("Select at least one comment.");
  if (ids.length > MAX_BULK_COMMENTS) return fail(`Select at most ${MAX_BULK_COMMENTS} comments at a time.`);
  const reason = input.reason?.trim() ?? "";
  if (input.action === "remove" && !reason) return fail("Give a reason for removing.");
  if (reason.length > MODERATION_REASON_MAX)
    return fail(`Keep the reason under ${MODERATION_REASON_MAX} characters.`);
  const note = input.action === "remove" || input.action === "hide" ? reason || null : null;

  const result = await refusable(() =>
    db.$transaction(async (tx) => {
      const rows = await tx.comment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          body: true,
          status: true,
          moderationNote: true,
          articleId: true,
          article: { select: { title: true } },
          user: { select: { name: true, email: true } },
          _count: { select: { reports: { where: { resolvedAt: null } } } },
        },
      });
      if (rows.length !== ids.length) {
        throw new ModerationRefusal(
          ids.length === 1
            ? "That comment no longer exists."
            : "Some of the selected comments no longer exist. Nothing was changed; reload and try again.",
        );
      }
      const now = new Date();
      const articleIds = new Set<string>();
      let changed = 0;
      for (const row of rows) {
        const openReports = row._count.reports;
        const resolving = effect.resolvesReports && openReports > 0;
        if (row.status === effect.status && !resolving && row.moderationNote === note) continue;
        await tx.comment.update({
          where: { id: row.id },
          data: { status: effect.status, moderationNote: note },
        });
        if (resolving)
          await tx.commentReport.updateMany({
            where: { commentId: row.id, resolvedAt: null },
            data: { resolvedAt: now },
          });
        const author = row.user?.name?.trim() || row.user?.email || "a deleted account";
        await recordAudit(
          {
            actorId: actor.id,
            action: `comment.${input.action}`,
            entityType: "comment",
            entityId: row.id,
            summary:
              `${effect.done} comment by ${author} on “${row.article.title}”` +
              (resolving ? `, closing ${openReports} report${openReports === 1 ? "" : "s"}` : "") +
              (note ? `. Reason: ${note}` : "") +
              ` (“${excerpt(row.body)}”)`,
            before: { status: row.status, moderationNote: row.moderationNote, openReports },
            after: { status: effect.status, moderationNote: note, openReports: resolving ? 0 : openReports },
          },
          tx,
        );
        articleIds.add(row.articleId);
        changed += 1;
      }
      return { ok: true as const, changed, unchanged: rows.length - changed, articleIds: [...articleIds] };
    }),
  );
  if (result.ok) await commentsChanged(result.articleIds);
  return result;
}
