import "server-only";

/** Every cached read is tagged with some of these; lib/cache/invalidation.ts decides which writes expire which. */
export const cacheTags = {
  /** Any list of published articles: home, archives, related, feeds, sitemap, search. */
  articleLists: "articles",
  /** One published article's page data, by slug (also answers "is this an old slug?"). */
  article: (slug: string) => `article:${slug}`,
  /** Sections, sources and authors: the header's section list, archive headings, bylines. */
  taxonomy: "taxonomy",
  /** One hashtag's lookup, by slug, so a new hashtag shows without expiring every page. */
  hashtag: (slug: string) => `tag:${slug}`,
  /** The comment threads of one article. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** The key points of one article's AI panel (lib/ai), by article id: an editor's reordering expires only these. */
  keyPoints: (articleId: string) => `key-points:${articleId}`,
  /** One story's page, feed and its members' "N outlets cover this story" line, by slug. */
  story: (slug: string) => `story:${slug}`,
  /** Which story one article is in (its coverage line before it has a story). */
  articleStory: (articleId: string) => `article-story:${articleId}`,
} as const;
