import "server-only";

import { db } from "../db";
import { publishedWhere } from "../articles/queries";
import { COMMENTS_PAGE_SIZE } from "../comments";
import { pageCount } from "../pagination";
import { isValidSlug } from "../slug";

/**
 * Answers for the proxy, which must decide a 404 or a 301 before a cached page starts streaming
 * (with Cache Components, a notFound() inside a streamed page can no longer change the status).
 * Answers are kept for a short while in this process so hot pages cost no query.
 */
export type ArchiveKind = "tags" | "sections" | "sources" | "authors";
export type ArticleRoute = { kind: "ok" } | { kind: "redirect"; slug: string } | { kind: "missing" };

const TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;

type Entry<T> = { value: T; expires: number };
type RoutingCache = { entries: Map<string, Entry<unknown>>; generation: number };
const globalCache = globalThis as unknown as { routingCache?: RoutingCache };
const cache = (globalCache.routingCache ??= { entries: new Map(), generation: 0 });

async function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.entries.get(key) as Entry<T> | undefined;
  const now = Date.now();
  if (hit && hit.expires > now) return hit.value;
  const generation = cache.generation;
  const value = await load();
  // A write that landed while this lookup ran may have made its answer stale: don't keep it.
  if (generation !== cache.generation) return value;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  cache.entries.set(key, { value, expires: now + TTL_MS });
  return value;
}

/** Called by every write that publishes, unpublishes, renames or deletes something readers can reach. */
export function forgetRoutes() {
  cache.generation += 1;
  cache.entries.clear();
}

export function resolveArticleRoute(slug: string): Promise<ArticleRoute> {
  if (!isValidSlug(slug)) return Promise.resolve({ kind: "missing" });
  return remember(`article:${slug}`, async () => {
    const article = await db.article.findFirst({ where: { ...publishedWhere, slug }, select: { id: true } });
    if (article) return { kind: "ok" } as const;
    const redirect = await db.slugRedirect.findUnique({
      where: { oldSlug: slug },
      select: { article: { select: { slug: true, status: true } } },
    });
    if (redirect && redirect.article.status === "PUBLISHED")
      return { kind: "redirect", slug: redirect.article.slug } as const;
    return { kind: "missing" } as const;
  });
}

export function archiveExists(kind: ArchiveKind, slug: string): Promise<boolean> {
  if (!isValidSlug(slug)) return Promise.resolve(false);
  return remember(`${kind}:${slug}`, async () => {
    const where = { where: { slug }, select: { id: true } } as const;
    switch (kind) {
      case "tags":
        return (await db.tag.findUnique(where)) !== null;
      case "sections":
        return (await db.section.findUnique(where)) !== null;
      case "sources":
        return (await db.source.findUnique(where)) !== null;
      case "authors":
        return (await db.author.findUnique(where)) !== null;
    }
  });
}

const articleCountWhere = (kind: ArchiveKind | "latest", slug: string) => {
  switch (kind) {
    case "latest":
      return publishedWhere;
    case "tags":
      return { ...publishedWhere, tags: { some: { tag: { slug } } } };
    case "sections":
      return { ...publishedWhere, section: { slug } };
    case "sources":
      return { ...publishedWhere, source: { slug } };
    case "authors":
      return { ...publishedWhere, authors: { some: { author: { slug } } } };
  }
};

/** How many 20-story pages an archive has, so a page past the end is a real 404. */
export function archivePages(kind: ArchiveKind | "latest", slug = ""): Promise<number> {
  return remember(`pages:${kind}:${slug}`, async () =>
    pageCount(await db.article.count({ where: articleCountWhere(kind, slug) })),
  );
}

/** How many pages of top-level comments a story has. */
export function commentPages(articleSlug: string): Promise<number> {
  return remember(`comment-pages:${articleSlug}`, async () =>
    pageCount(
      await db.comment.count({
        where: { article: { slug: articleSlug }, parentId: null, status: "VISIBLE" },
      }),
      COMMENTS_PAGE_SIZE,
    ),
  );
}
