import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { ArticleView } from "@/components/article/article-view";
import { getArticleByPreviewToken } from "@/lib/articles";
import { getRelatedArticles } from "@/lib/related";

/** A draft's or scheduled story's secret preview: rendered per request, never cached, never indexed. */
export const instant = false;
export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false, nocache: true },
};

export default async function PreviewPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const article = await getArticleByPreviewToken((await params).token);
  if (!article) notFound();
  const related = await getRelatedArticles(article.id);
  return (
    <>
      <p role="status" className="mb-6 rounded-sm border border-dashed border-accent p-3 text-sm">
        Preview of a {article.status.toLowerCase()} article. Readers can’t see this page, and search engines
        are asked not to index it.
      </p>
      <ArticleView article={article} related={related} comments={null} />
    </>
  );
}
