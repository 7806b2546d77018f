import "server-only";

/** Every cached read is tagged with one of these; every write invalidates the tags it touches. */
export const cacheTags = {
  /** Any list of articles: home, archives, related, feeds. */
  articleLists: "articles",
  article: (slug: string) => `article:${slug}`,
  /** Sections, sources, authors and tags. */
  taxonomy: "taxonomy",
  comments: (articleId: string) => `comments:${articleId}`,
} as const;
