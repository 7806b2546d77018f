import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { WorkingCopyNotice } from "@/components/admin/articles/working-copy-notice";
import { requirePageCapability } from "@/lib/admin/guard";
import { getArticleEditorData } from "@/lib/admin/articles";
import { can } from "@/lib/permissions";

export const instant = false;
export const metadata: Metadata = { title: "Edit article" };

const savedMessages: Record<string, string> = {
  save: "Saved.",
  submit: "Submitted for review.",
  publish: "Published. Readers see it now.",
  schedule: "Scheduled.",
  unpublish: "Unpublished. Readers can no longer see it.",
  archive: "Archived.",
  restore: "Revision restored.",
  discard: "Unpublished changes discarded.",
};

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const viewer = await requirePageCapability("article:write-own", `/admin/articles/${id}`);
  const data = await getArticleEditorData(viewer, id);
  if (!data?.article) notFound();
  const { article } = data;
  // Contributors only ever see their own work.
  if (!can(viewer.role, "article:edit-any") && article.createdById !== viewer.id) notFound();
  const saved = savedMessages[(await searchParams).saved ?? ""];

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Edit article</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <span>
            Status: <strong>{article.status.toLowerCase()}</strong>
            {article.status === "SCHEDULED" &&
              article.publishedAt &&
              ` for ${article.publishedAt.toISOString().replace("T", " ").slice(0, 19)} UTC`}
          </span>
          {article.status === "PUBLISHED" ? (
            <Link href={`/articles/${article.slug}`} className="text-accent hover:underline">
              View live
            </Link>
          ) : (
            article.previewToken && (
              <Link href={`/preview/${article.previewToken}`} className="text-accent hover:underline">
                Preview
              </Link>
            )
          )}
          <Link href={`/admin/articles/${article.id}/revisions`} className="text-accent hover:underline">
            Revisions
          </Link>
          {can(viewer.role, "article:edit-any") && (
            <Link href={`/admin/articles/${article.id}/key-points`} className="text-accent hover:underline">
              Key points
            </Link>
          )}
        </p>
      </div>
      {saved && (
        <p role="status" className="mb-4 rounded-sm bg-surface p-3 text-sm">
          {saved}
        </p>
      )}
      {data.workingCopy && <WorkingCopyNotice articleId={article.id} {...data.workingCopy} />}
      {article.editable ? (
        <ArticleEditor
          key={article.version}
          article={{ ...article, publishedAt: article.publishedAt?.toISOString() ?? null }}
          sections={data.sections}
          sources={data.sources}
          authors={data.authors}
          recent={data.recent}
          canPublish={can(viewer.role, "article:publish")}
        />
      ) : (
        <p role="alert">This article is {article.status.toLowerCase()}; only editors can change it now.</p>
      )}
    </div>
  );
}
