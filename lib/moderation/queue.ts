import "server-only";

import type { Viewer } from "../auth";
import { db } from "../db";
import type { CommentStatus, ReportReason } from "../generated/sqlite/enums";
import type { Prisma } from "../generated/sqlite/client";
import { assertCan } from "../permissions";
import { MODERATION_PAGE_SIZE, type ModerationQueue } from "./rules";

export type ModerationItem = {
  id: string;
  body: string;
  deleted: boolean;
  status: CommentStatus;
  moderationNote: string | null;
  createdAt: Date;
  editedAt: Date | null;
  isReply: boolean;
  author: { id: string; name: string; email: string | null; commentingDisabled: boolean } | null;
  article: { id: string; slug: string; title: string };
  openReports: { id: string; reason: ReportReason; details: string; createdAt: Date; reporter: string }[];
};

export type ModerationQueuePage = {
  items: ModerationItem[];
  total: number;
  page: number;
  pageCount: number;
  counts: { pending: number; reported: number };
};

const pendingWhere = { status: "PENDING", deletedAt: null } satisfies Prisma.CommentWhereInput;
const reportedWhere = { reports: { some: { resolvedAt: null } } } satisfies Prisma.CommentWhereInput;

const itemSelect = {
  id: true,
  body: true,
  deletedAt: true,
  status: true,
  moderationNote: true,
  createdAt: true,
  editedAt: true,
  parentId: true,
  user: { select: { id: true, name: true, email: true, commentingDisabledAt: true } },
  article: { select: { id: true, slug: true, title: true } },
  reports: {
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      details: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
    },
  },
} satisfies Prisma.CommentSelect;

type ItemRow = Prisma.CommentGetPayload<{ select: typeof itemSelect }>;

function toItem(row: ItemRow): ModerationItem {
  return {
    id: row.id,
    body: row.body,
    deleted: row.deletedAt !== null,
    status: row.status,
    moderationNote: row.moderationNote,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    isReply: row.parentId !== null,
    author: row.user
      ? {
          id: row.user.id,
          name: row.user.name?.trim() || "Reader",
          email: row.user.email,
          commentingDisabled: row.user.commentingDisabledAt !== null,
        }
      : null,
    article: row.article,
    openReports: row.reports.map((report) => ({
      id: report.id,
      reason: report.reason,
      details: report.details,
      createdAt: report.createdAt,
      reporter: report.user.name?.trim() || report.user.email || "Reader",
    })),
  };
}

/**
 * A page of one moderation queue: pending comments oldest first (first come, first served), reported comments
 * with the most reports first, or every comment newest first, optionally of one status.
 */
export async function listModerationQueue(
  viewer: Viewer | null,
  input: { queue: ModerationQueue; status?: CommentStatus; page: number },
): Promise<ModerationQueuePage> {
  assertCan(viewer?.role, "comment:moderate");
  const where: Prisma.CommentWhereInput =
    input.queue === "pending"
      ? pendingWhere
      : input.queue === "reported"
        ? reportedWhere
        : input.status
          ? { status: input.status }
          : {};
  const orderBy: Prisma.CommentOrderByWithRelationInput[] =
    input.queue === "pending"
      ? [{ createdAt: "asc" }, { id: "asc" }]
      : input.queue === "reported"
        ? [{ reports: { _count: "desc" } }, { createdAt: "desc" }, { id: "desc" }]
        : [{ createdAt: "desc" }, { id: "desc" }];

  const [rows, total, pending, reported] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy,
      skip: (input.page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      select: itemSelect,
    }),
    db.comment.count({ where }),
    db.comment.count({ where: pendingWhere }),
    db.comment.count({ where: reportedWhere }),
  ]);
  return {
    items: rows.map(toItem),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)),
    counts: { pending, reported },
  };
}

export type CommenterProfile = {
  id: string;
  name: string;
  email: string | null;
  role: string;
  createdAt: Date;
  commentingDisabledAt: Date | null;
  commentingDisabledReason: string | null;
  commentCounts: Partial<Record<CommentStatus, number>>;
  recentComments: ModerationItem[];
};

/** A commenter as a moderator sees them: commenting status, comment counts by status and their latest comments. */
export async function getCommenterProfile(
  viewer: Viewer | null,
  userId: string,
): Promise<CommenterProfile | null> {
  assertCan(viewer?.role, "comment:moderate");
  if (userId.length > 64) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      commentingDisabledAt: true,
      commentingDisabledReason: true,
    },
  });
  if (!user) return null;
  const [groups, recent] = await Promise.all([
    db.comment.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.comment.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: itemSelect,
    }),
  ]);
  return {
    ...user,
    name: user.name?.trim() || "Reader",
    commentCounts: Object.fromEntries(groups.map((group) => [group.status, group._count._all])),
    recentComments: recent.map(toItem),
  };
}
