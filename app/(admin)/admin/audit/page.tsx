import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AuditTable } from "@/components/admin/audit/audit-table";
import { QueryPager } from "@/components/navigation/query-pager";
import { PageHeading } from "@/components/page-heading";
import { requirePageCapability } from "@/lib/admin/guard";
import { parsePageParam } from "@/lib/pagination";
import { AUDIT_ENTITY_TYPES, readAuditLog } from "@/lib/users/audit";

export const instant = false;
export const metadata: Metadata = { title: "Audit log" };

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ action?: Param; entityType?: Param; actor?: Param; page?: Param }> };

/** One value, or "" when missing; null when repeated or absurdly long. */
const single = (value: Param) =>
  value === undefined ? "" : typeof value === "string" && value.length <= 100 ? value : null;

const selectClass = "max-w-full rounded-sm border border-rule bg-page px-3 py-2";

export default async function AuditPage({ searchParams }: Props) {
  const query = await searchParams;
  const path = "/admin/audit";
  const viewer = await requirePageCapability("audit:read", path);
  const page = parsePageParam(query.page);
  const action = single(query.action);
  const entityType = single(query.entityType);
  const actor = single(query.actor);
  if (page === null || action === null || entityType === null || actor === null) notFound();

  const log = await readAuditLog(viewer, {
    page,
    action: action || undefined,
    entityType: entityType || undefined,
    actorId: actor || undefined,
  });
  const filtered = Boolean(action || entityType || actor);

  return (
    <div className="flex flex-col gap-6">
      <PageHeading
        title="Audit log"
        description="Who changed what in the newsroom, and when. Newest first."
      />
      <form
        method="get"
        action={path}
        className="flex flex-wrap items-end gap-3"
        aria-label="Filter the audit log"
      >
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-semibold">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={action} className={selectClass}>
            <option value="">Any action</option>
            {log.actions.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor="audit-type" className="text-sm font-semibold">
            Type
          </label>
          <select id="audit-type" name="entityType" defaultValue={entityType} className={selectClass}>
            <option value="">Anything</option>
            {AUDIT_ENTITY_TYPES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor="audit-actor" className="text-sm font-semibold">
            Who
          </label>
          <select id="audit-actor" name="actor" defaultValue={actor} className={selectClass}>
            <option value="">Anyone</option>
            {log.actors.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
          Filter
        </button>
        {filtered && (
          <Link href={path} className="py-2 text-sm text-accent hover:underline">
            Clear filters
          </Link>
        )}
      </form>

      <p className="text-sm text-muted" role="status">
        {log.total === 0
          ? filtered
            ? "No entries match these filters."
            : "Nothing has been recorded yet."
          : `${log.total} entr${log.total === 1 ? "y" : "ies"}.`}
      </p>
      {log.entries.length > 0 ? (
        <AuditTable
          entries={log.entries}
          caption={`Audit log, page ${page} of ${log.pageCount}, newest first`}
        />
      ) : (
        log.total > 0 && <p className="text-muted">There’s nothing on this page.</p>
      )}
      <QueryPager
        path={path}
        params={{
          action: action || undefined,
          entityType: entityType || undefined,
          actor: actor || undefined,
        }}
        page={page}
        pageCount={log.pageCount}
        label="Audit log pages"
      />
    </div>
  );
}
