import type { ArticlePage } from "@/lib/articles";
import { shareImage } from "@/lib/seo/article-metadata";
import { articleJsonLd } from "@/lib/seo/structured-data";

/**
 * The story as schema.org NewsArticle plus its breadcrumb, for search engines. The JSON is escaped by
 * serializeJsonLd, so nothing in a headline or hashtag can end the script element.
 */
export function ArticleStructuredData({ article }: { article: ArticlePage }) {
  return articleJsonLd(article, shareImage(article)).map((json, index) => (
    <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
  ));
}
