import "server-only";

import { cacheTag } from "next/cache";

import { toCards, type ArticleCard } from "../articles";
import { articleCardSelect, newestFirst, publishedWhere } from "../articles/queries";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { rankRelated, RELATED_LIMIT, type RelatedTarget } from "./score";
import { sameStoryFirst, similarStoryLeads } from "./stories";

const CANDIDATES_PER_QUERY = 60;

/**
 * What ranking needs, and no more: on SQLite these columns come from an index (no table row is read), where the
 * card's text columns would cost a row read for each of the ~150 candidates. Cards are fetched for the winners.
 */
const rankSelect = { id: true, sectionId: true, sourceId: true, publishedAt: true } as const;
const candidateSelect = { ...rankSelect, tags: { select: { tagId: true } } } as const;

type TagLink = {
  tagId: string;
  article: { id: string; sectionId: string; sourceId: string; publishedAt: Date | null };
};

/**
 * The tag links' articles, each with the target's tags it shares: that is all of their tags the score reads, and
 * the links already say it (an article sharing two tags comes back twice), so no query for their tags.
 */
function articlesOfLinks(links: TagLink[]) {
  const byArticle = new Map<string, TagLink["article"] & { tags: { tagId: string }[] }>();
  for (const { tagId, article } of links) {
    const entry = byArticle.get(article.id) ?? { ...article, tags: [] };
    entry.tags.push({ tagId });
    byArticle.set(article.id, entry);
  }
  return [...byArticle.values()];
}

/**
 * Up to six related articles: the editor's pins first, then other outlets' coverage of the same story (newest
 * first), then the leads of similar stories, then candidates that share a tag or the section, ranked by
 * lib/related/score. Never the article itself, never an unpublished one.
 */
export async function getRelatedArticles(articleId: string): Promise<ArticleCard[]> {
  "use cache";
  cacheTag(cacheTags.articleLists);

  const target = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      sectionId: true,
      publishedAt: true,
      sourceId: true,
      storyId: true,
      tags: { select: { tagId: true } },
      pinned: {
        where: { related: publishedWhere },
        orderBy: { position: "asc" },
        select: { related: { select: candidateSelect } },
      },
    },
  });
  if (!target) return [];
  const tagIds = target.tags.map((tag) => tag.tagId);
  const publishedAt = target.publishedAt ?? new Date();

  // Candidates: the newest stories sharing a hashtag (from the tag links, indexed by tag, rather than testing
  // every recent article), and stories from the same section up to the target's time.
  const [tagLinks, bySection, storyMates, similarLeads] = await Promise.all([
    tagIds.length
      ? db.articleTag.findMany({
          where: { tagId: { in: tagIds }, articleId: { not: articleId }, article: publishedWhere },
          orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "desc" }],
          take: CANDIDATES_PER_QUERY * 2,
          select: { tagId: true, article: { select: rankSelect } },
        })
      : [],
    db.article.findMany({
      where: {
        ...publishedWhere,
        id: { not: articleId },
        sectionId: target.sectionId,
        publishedAt: { lte: publishedAt },
      },
      orderBy: newestFirst,
      take: RELATED_LIMIT * 2,
      select: candidateSelect,
    }),
    target.storyId
      ? db.article.findMany({
          where: { ...publishedWhere, storyId: target.storyId, id: { not: articleId } },
          orderBy: newestFirst,
          take: RELATED_LIMIT * 2,
          select: candidateSelect,
        })
      : [],
    similarStoryLeads(target.id, target.storyId, publishedAt, candidateSelect),
  ]);
  const byTag = articlesOfLinks(tagLinks);

  type Row = (typeof byTag)[number];
  const asCandidate = (row: Row) => ({
    ...row,
    publishedAt: row.publishedAt ?? new Date(0),
    tagIds: row.tags.map((t) => t.tagId),
  });
  const relatedTarget: RelatedTarget = { id: target.id, sectionId: target.sectionId, publishedAt, tagIds };
  const pinned = target.pinned.map((pin) => pin.related);
  const ranked = rankRelated(
    relatedTarget,
    [...pinned, ...sameStoryFirst(storyMates, target.sourceId), ...similarLeads].map(asCandidate),
    [...byTag, ...bySection].map(asCandidate),
  );

  const ids = ranked.map((row) => row.id);
  const rows = await db.article.findMany({
    where: { ...publishedWhere, id: { in: ids } },
    select: articleCardSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return toCards(ids.flatMap((id) => byId.get(id) ?? []));
}
