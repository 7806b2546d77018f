import "server-only";

import type { Viewer } from "../auth";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { assertCan } from "../permissions";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: "article" | "comment" | "user" | "banned-word" | "revision" | "story" | "feed";
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Records who did what, when, with a before/after summary. Pass a transaction client to record atomically. */
export async function recordAudit(
  entry: AuditEntry,
  client: Pick<Prisma.TransactionClient, "auditLog"> = db,
): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary.slice(0, 500),
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}

export type AuditFilters = { action?: string; entityType?: string; actorId?: string; page: number };

export const AUDIT_PAGE_SIZE = 50;

/** A page of the audit log, newest first. Throws unless the viewer may read the audit log. */
export async function listAudit(viewer: Viewer | null, filters: AuditFilters) {
  assertCan(viewer?.role, "audit:read");
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
  };
  const [entries, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entries, total, actions: actions.map((row) => row.action) };
}
