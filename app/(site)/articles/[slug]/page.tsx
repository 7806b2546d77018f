import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";

import { ArticleStructuredData } from "@/components/article/article-structured-data";
import { ArticleView } from "@/components/article/article-view";
import { CommentsSection } from "@/components/comments/comments-section";
import { getArticleBySlug, getSlugRedirect } from "@/lib/articles";
import { getRelatedArticles } from "@/lib/related";
import { articleMetadata } from "@/lib/seo/article-metadata";

type Props = { params: Promise<{ slug: string }> };

/**
 * Nothing is prerendered from the build's database (one build serves any DATABASE_URL); pages render on first
 * request and stay cached until a write invalidates their tags. Cache Components needs one sample param.
 */
export function generateStaticParams() {
  return [{ slug: "__build-sample__" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticleBySlug(slug);
  return article ? articleMetadata(article) : { title: "Story not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getArticleBySlug(slug);
  if (!article) {
    const movedTo = await getSlugRedirect(slug);
    if (movedTo) permanentRedirect(`/articles/${movedTo}`);
    notFound();
  }
  const related = await getRelatedArticles(article.id);

  return (
    <>
      <ArticleStructuredData article={article} />
      <ArticleView
        article={article}
        related={related}
        comments={
          <CommentsSection
            articleId={article.id}
            articleSlug={article.slug}
            commentsOpen={article.commentsOpen}
          />
        }
      />
    </>
  );
}
