import "server-only";

import { db } from "../db";

export async function getNewsroomOverview() {
  const [drafts, submitted, scheduled, published, pendingComments, openReports] = await Promise.all([
    db.article.count({ where: { status: "DRAFT" } }),
    db.article.count({ where: { status: "SUBMITTED" } }),
    db.article.count({ where: { status: "SCHEDULED" } }),
    db.article.count({ where: { status: "PUBLISHED" } }),
    db.comment.count({ where: { status: "PENDING", deletedAt: null } }),
    db.commentReport.count({ where: { resolvedAt: null } }),
  ]);
  return { drafts, submitted, scheduled, published, pendingComments, openReports };
}
