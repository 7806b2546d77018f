import "server-only";

import type { Viewer } from "../auth";
import { db } from "../db";
import { assertCan, can } from "../permissions";

/**
 * The newsroom's front page counts. Contributors count only their own articles (the list they link to shows
 * only those); comment counts are for moderators only (null for others). Throws for non-staff.
 */
export async function getNewsroomOverview(viewer: Viewer | null) {
  assertCan(viewer?.role, "admin:access");
  const own = can(viewer!.role, "article:edit-any") ? {} : { createdById: viewer!.id };
  const moderates = can(viewer!.role, "comment:moderate");
  const [drafts, submitted, scheduled, published, pendingComments, openReports] = await Promise.all([
    db.article.count({ where: { ...own, status: "DRAFT" } }),
    db.article.count({ where: { ...own, status: "SUBMITTED" } }),
    db.article.count({ where: { ...own, status: "SCHEDULED" } }),
    db.article.count({ where: { ...own, status: "PUBLISHED" } }),
    moderates ? db.comment.count({ where: { status: "PENDING", deletedAt: null } }) : null,
    moderates ? db.commentReport.count({ where: { resolvedAt: null } }) : null,
  ]);
  return { drafts, submitted, scheduled, published, pendingComments, openReports };
}
