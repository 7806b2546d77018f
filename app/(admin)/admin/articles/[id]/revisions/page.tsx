import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { restoreRevisionAction } from "@/components/admin/articles/actions";
import { ActionButton } from "@/components/forms/action-button";
import { requirePageCapability } from "@/lib/admin/guard";
import { getArticleEditorData, listRevisions, parseSnapshot, RESTORE_ERRORS } from "@/lib/admin/articles";
import { diffSnapshots } from "@/lib/admin/revision-diff";
import { can } from "@/lib/permissions";

export const instant = false;
export const metadata: Metadata = { title: "Revisions" };

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string; b?: string; error?: string }>;
}) {
  const { id } = await params;
  const viewer = await requirePageCapability("article:write-own", `/admin/articles/${id}/revisions`);
  const [data, revisions] = await Promise.all([getArticleEditorData(viewer, id), listRevisions(viewer, id)]);
  // listRevisions is null for an article this viewer may not open (another contributor's, or none).
  if (!data?.article || !revisions) notFound();
  const search = await searchParams;
  // Only the known codes are worded; nothing from the address is shown as it is.
  const error =
    typeof search.error === "string" && Object.hasOwn(RESTORE_ERRORS, search.error)
      ? RESTORE_ERRORS[search.error as keyof typeof RESTORE_ERRORS]
      : undefined;
  const older = revisions.find((r) => r.id === search.a);
  const newer = revisions.find((r) => r.id === search.b);
  const olderSnapshot = older ? parseSnapshot(older.snapshot) : null;
  const newerSnapshot = newer ? parseSnapshot(newer.snapshot) : null;
  const diff = olderSnapshot && newerSnapshot ? diffSnapshots(olderSnapshot, newerSnapshot) : null;
  const canRestore = can(viewer.role, "article:edit-any");

  return (
    <div>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="text-accent hover:underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Revisions of “{data.article.title}”</h1>
      {error && (
        <p role="alert" className="mt-3 text-danger">
          {error}
        </p>
      )}

      <form className="mt-6">
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Revisions, newest first</caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="py-2 pr-2">
                  Older
                </th>
                <th scope="col" className="py-2 pr-2">
                  Newer
                </th>
                <th scope="col" className="py-2 pr-3">
                  When (UTC)
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3">
                  Note
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => (
                <tr key={revision.id} className="border-b border-rule">
                  <td className="py-2 pr-2">
                    <input
                      type="radio"
                      name="a"
                      value={revision.id}
                      aria-label={`Compare from ${revision.createdAt.toISOString()}`}
                      defaultChecked={search.a ? search.a === revision.id : index === 1}
                    />
                  </td>
                  <td className="py-2 pr-2">
                    <input
                      type="radio"
                      name="b"
                      value={revision.id}
                      aria-label={`Compare to ${revision.createdAt.toISOString()}`}
                      defaultChecked={search.b ? search.b === revision.id : index === 0}
                    />
                  </td>
                  <td className="py-2 pr-3">
                    {revision.createdAt.toISOString().replace("T", " ").slice(0, 19)}
                  </td>
                  <td className="py-2 pr-3">{revision.editor?.name ?? revision.editor?.email ?? "—"}</td>
                  <td className="py-2 pr-3">{revision.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" className="mt-3 rounded-sm border border-rule px-3 py-1 text-sm font-semibold">
          Compare
        </button>
      </form>

      {diff && older && newer && (
        <section aria-labelledby="diff-heading" className="mt-8">
          <h2 id="diff-heading" className="font-serif text-xl font-bold">
            Changes
          </h2>
          {diff.length === 0 ? (
            <p className="text-muted">These revisions are identical.</p>
          ) : (
            <dl className="mt-3 flex flex-col gap-4">
              {diff.map((field) => (
                <div key={field.field}>
                  <dt className="text-sm font-bold">{field.label}</dt>
                  <dd className="mt-1 whitespace-pre-wrap rounded-sm border border-rule p-3 text-sm">
                    {field.parts.map((part, index) =>
                      part.added ? (
                        <ins key={index} className="bg-green-200 text-green-950 no-underline">
                          {part.value}
                        </ins>
                      ) : part.removed ? (
                        <del key={index} className="bg-red-200 text-red-950">
                          {part.value}
                        </del>
                      ) : (
                        <span key={index}>{part.value}</span>
                      ),
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {canRestore && (
            <ActionButton
              action={restoreRevisionAction}
              fields={{ articleId: id, revisionId: older.id }}
              formClassName="mt-6"
              className="rounded-sm bg-ink px-4 py-2 font-semibold text-page"
            >
              Restore the older revision ({older.createdAt.toISOString().replace("T", " ").slice(0, 19)})
            </ActionButton>
          )}
        </section>
      )}
    </div>
  );
}
