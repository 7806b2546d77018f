import "server-only";

import { cacheLife, cacheTag } from "next/cache";

import { anchorSentences } from "../ai/body-sentences";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { plainTextExcerpt, readingTimeMinutes, renderMarkdown } from "../markdown";
import { PAGE_SIZE } from "../pagination";
import { isValidSlug } from "../slug";
import { countVisibleComments } from "../comments";
import {
  articleCardSelect,
  newestFirst,
  publishedWhere,
  type ArticleCard,
  type ArticleCardRow,
} from "./queries";
import type { Prisma } from "../generated/sqlite/client";

export type { ArticleCard } from "./queries";

/**
 * Cards for a cached list. Their comment counts are the one thing a comment changes in a list, and a comment
 * does not expire every list on the site (that would re-render every page per comment): a list that shows
 * counts refreshes them within a minute instead (lib/cache/invalidation.ts).
 */
export async function toCards(rows: ArticleCardRow[]): Promise<ArticleCard[]> {
  cacheLife("minutes");
  const counts = await countVisibleComments(rows.map((row) => row.id));
  return rows.map(({ sectionId: _sectionId, ...row }) => ({
    ...row,
    excerpt: row.excerpt,
    publishedAt: row.publishedAt ?? new Date(0),
    commentCount: counts.get(row.id) ?? 0,
  }));
}

export type HomePage = {
  lead: ArticleCard | null;
  headlines: ArticleCard[];
  latest: ArticleCard[];
  rails: { section: { slug: string; name: string }; articles: ArticleCard[] }[];
  hasOlder: boolean;
};

const HEADLINE_COUNT = 6;
const LATEST_COUNT = 10;
const RAIL_COUNT = 5;

/** Everything the home page shows, in one cached read. */
export async function getHomePage(): Promise<HomePage> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);

  const [leadRows, recentRows, sections] = await Promise.all([
    db.article.findMany({
      where: { ...publishedWhere, isLead: true },
      orderBy: [{ leadOrder: "asc" }, ...newestFirst],
      take: 3,
      select: articleCardSelect,
    }),
    db.article.findMany({
      where: publishedWhere,
      orderBy: newestFirst,
      take: 1 + HEADLINE_COUNT + LATEST_COUNT + 1,
      select: articleCardSelect,
    }),
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true },
    }),
  ]);

  const railRows = await Promise.all(
    sections.map((section) =>
      db.article.findMany({
        where: { ...publishedWhere, sectionId: section.id },
        orderBy: newestFirst,
        take: RAIL_COUNT,
        select: articleCardSelect,
      }),
    ),
  );

  const lead = leadRows[0] ?? recentRows[0] ?? null;
  const otherLeads = leadRows.slice(1);
  const used = new Set<string>(lead ? [lead.id] : []);
  const takeUnused = (rows: ArticleCardRow[], count: number) => {
    const picked: ArticleCardRow[] = [];
    for (const row of rows) {
      if (picked.length >= count) break;
      if (used.has(row.id)) continue;
      used.add(row.id);
      picked.push(row);
    }
    return picked;
  };
  const headlineRows = takeUnused([...otherLeads, ...recentRows], HEADLINE_COUNT);
  const latestRows = takeUnused(recentRows, LATEST_COUNT);

  const allRows = [...(lead ? [lead] : []), ...headlineRows, ...latestRows, ...railRows.flat()];
  const cards = new Map((await toCards(allRows)).map((card) => [card.id, card]));
  const card = (row: ArticleCardRow) => cards.get(row.id)!;

  return {
    lead: lead ? card(lead) : null,
    headlines: headlineRows.map(card),
    latest: latestRows.map(card),
    rails: sections
      .map((section, index) => ({
        section: { slug: section.slug, name: section.name },
        articles: (railRows[index] ?? []).map(card),
      }))
      .filter((rail) => rail.articles.length > 0),
    hasOlder: recentRows.length > 1 + HEADLINE_COUNT + LATEST_COUNT,
  };
}

export type ArticlePage = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  bodyHtml: string;
  excerpt: string;
  readingMinutes: number;
  publishedAt: Date;
  updatedAt: Date;
  /** Shown only when the story changed after publication. */
  wasUpdated: boolean;
  heroImage: { url: string; alt: string; caption: string; width: number; height: number } | null;
  commentsOpen: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  /** Imported from an outlet's feed: the page credits the outlet and links to the original. */
  ingested: boolean;
  section: { id: string; slug: string; name: string };
  source: { slug: string; name: string; homepage: string };
  authors: { slug: string; name: string }[];
  tags: { id: string; slug: string; name: string }[];
};

const articlePageInclude = {
  section: { select: { id: true, slug: true, name: true } },
  source: { select: { slug: true, name: true, homepage: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
  tags: { select: { tag: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ArticleInclude;

type ArticlePageRow = Prisma.ArticleGetPayload<{ include: typeof articlePageInclude }>;

function toArticlePage(article: ArticlePageRow, fallbackPublishedAt: Date): ArticlePage {
  const publishedAt = article.publishedAt ?? fallbackPublishedAt;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    // Each sentence gets an anchor, for the AI panel's links and Listen's highlight (lib/ai).
    bodyHtml: anchorSentences(renderMarkdown(article.body)),
    excerpt: article.excerpt || plainTextExcerpt(article.body),
    readingMinutes: readingTimeMinutes(article.body),
    publishedAt,
    updatedAt: article.updatedAt,
    wasUpdated: article.updatedAt.getTime() - publishedAt.getTime() > 60_000,
    heroImage: article.heroImageUrl
      ? {
          url: article.heroImageUrl,
          alt: article.heroImageAlt,
          caption: article.heroImageCaption,
          width: article.heroImageWidth ?? 1600,
          height: article.heroImageHeight ?? 900,
        }
      : null,
    commentsOpen: article.commentsOpen,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    canonicalUrl: article.canonicalUrl,
    ingested: article.ingested,
    section: article.section,
    source: article.source,
    authors: article.authors.map(({ author }) => author),
    tags: article.tags.map(({ tag }) => tag).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** A published article, with its body rendered and sanitised, or null. */
export async function getArticleBySlug(slug: string): Promise<ArticlePage | null> {
  "use cache";
  // Every slug is made by slugify, so a junk one is never a story (and makes no junk cache tag).
  if (!isValidSlug(slug)) return null;
  cacheTag(cacheTags.article(slug), cacheTags.taxonomy);

  const article = await db.article.findFirst({
    where: { ...publishedWhere, slug },
    include: articlePageInclude,
  });
  if (!article || !article.publishedAt) return null;
  return toArticlePage(article, article.publishedAt);
}

/** Where an old slug of a published story now lives, if it is one. */
export async function getSlugRedirect(slug: string): Promise<string | null> {
  "use cache";
  if (!isValidSlug(slug)) return null;
  cacheTag(cacheTags.article(slug));
  const redirect = await db.slugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { article: { select: { slug: true, status: true } } },
  });
  return redirect?.article.status === "PUBLISHED" ? redirect.article.slug : null;
}
const isPreviewTokenShaped = (token: string) => token.length >= 20 && token.length <= 100;

/** Any article, whatever its status, by its secret preview token. Never cached. */
export async function getArticleByPreviewToken(
  token: string,
): Promise<(ArticlePage & { status: string }) | null> {
  if (!isPreviewTokenShaped(token)) return null;
  const article = await db.article.findUnique({
    where: { previewToken: token },
    include: articlePageInclude,
  });
  return article ? { ...toArticlePage(article, new Date()), status: article.status } : null;
}

/** Whether a preview token opens an article (for a 404 status before the preview page streams). */
export async function previewTokenExists(token: string): Promise<boolean> {
  if (!isPreviewTokenShaped(token)) return false;
  return (await db.article.count({ where: { previewToken: token } })) > 0;
}

export type ArchivePage = { articles: ArticleCard[]; total: number; page: number; pageSize: number };

export type ArchiveFilter =
  | { kind: "all" }
  | { kind: "section"; sectionId: string }
  | { kind: "source"; sourceId: string }
  | { kind: "author"; authorId: string }
  | { kind: "tag"; tagId: string };

function archiveWhere(filter: ArchiveFilter): Prisma.ArticleWhereInput {
  switch (filter.kind) {
    case "all":
      return publishedWhere;
    case "section":
      return { ...publishedWhere, sectionId: filter.sectionId };
    case "source":
      return { ...publishedWhere, sourceId: filter.sourceId };
    case "author":
      return { ...publishedWhere, authors: { some: { authorId: filter.authorId } } };
    case "tag":
      return { ...publishedWhere, tags: { some: { tagId: filter.tagId } } };
  }
}

/** One page (20 stories) of an archive, newest first. */
export async function listArchive(filter: ArchiveFilter, page: number): Promise<ArchivePage> {
  "use cache";
  cacheTag(cacheTags.articleLists);

  // Hashtag archives start from the tag's links (indexed by tag), not from every published article.
  if (filter.kind === "tag") {
    const linkWhere = { tagId: filter.tagId, article: publishedWhere } satisfies Prisma.ArticleTagWhereInput;
    const [links, total] = await Promise.all([
      db.articleTag.findMany({
        where: linkWhere,
        orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "desc" }],
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { article: { select: articleCardSelect } },
      }),
      db.articleTag.count({ where: linkWhere }),
    ]);
    return { articles: await toCards(links.map((link) => link.article)), total, page, pageSize: PAGE_SIZE };
  }

  const where = archiveWhere(filter);
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: articleCardSelect,
    }),
    db.article.count({ where }),
  ]);
  return { articles: await toCards(rows), total, page, pageSize: PAGE_SIZE };
}
