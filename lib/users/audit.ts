import "server-only";

import { AUDIT_PAGE_SIZE, listAudit, type AuditFilters } from "../audit";
import type { Viewer } from "../auth";
import { db } from "../db";
import { assertCan } from "../permissions";

export const AUDIT_ENTITY_TYPES = ["article", "comment", "user", "banned-word", "revision"] as const;

export type AuditActor = { id: string; label: string };

/** A page of the audit log, with the actions and the people that appear in it for the filters. */
export async function readAuditLog(viewer: Viewer | null, filters: AuditFilters) {
  assertCan(viewer?.role, "audit:read");
  const [log, actorRows] = await Promise.all([
    listAudit(viewer, filters),
    db.auditLog.findMany({
      where: { actorId: { not: null } },
      distinct: ["actorId"],
      select: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const actors: AuditActor[] = actorRows
    .flatMap((row) =>
      row.actor
        ? [
            {
              id: row.actor.id,
              label: row.actor.name?.trim()
                ? `${row.actor.name.trim()} (${row.actor.email ?? "no email"})`
                : (row.actor.email ?? row.actor.id),
            },
          ]
        : [],
    )
    .sort((a, b) => a.label.localeCompare(b.label));
  return { ...log, actors, pageCount: Math.max(1, Math.ceil(log.total / AUDIT_PAGE_SIZE)) };
}
