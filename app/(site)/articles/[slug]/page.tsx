import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";

import { ArticleView } from "@/components/article/article-view";
import { CommentsSection } from "@/components/comments/comments-section";
import { getArticleBySlug, getSlugRedirect } from "@/lib/articles";
import { getRelatedArticles } from "@/lib/related";

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
  if (!article) return { title: "Story not found" };
  const description = article.seoDescription || article.dek || article.excerpt;
  return {
    title: article.seoTitle || article.title,
    description,
    alternates: { canonical: article.canonicalUrl || `/articles/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.seoTitle || article.title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      images: article.heroImage ? [{ url: article.heroImage.url, alt: article.heroImage.alt }] : undefined,
    },
  };
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
  );
}
