import type { Metadata } from "next";

import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { requirePageCapability } from "@/lib/admin/guard";
import { getArticleEditorData } from "@/lib/admin/articles";
import { can } from "@/lib/permissions";

export const instant = false;
export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const viewer = await requirePageCapability("article:write-own", "/admin/articles/new");
  const data = (await getArticleEditorData(viewer, null))!;
  return (
    <div>
      <h1 className="mb-6 font-serif text-3xl font-bold">New article</h1>
      <ArticleEditor
        article={null}
        sections={data.sections}
        sources={data.sources}
        authors={data.authors}
        recent={data.recent}
        canPublish={can(viewer.role, "article:publish")}
      />
    </div>
  );
}
