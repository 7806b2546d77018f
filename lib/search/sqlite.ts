import "server-only";

import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { toFts5Match } from "./query";
import {
  MARK_END,
  MARK_START,
  MAX_COUNTED_RESULTS,
  RECENCY_BOOST,
  RECENCY_HALF_LIFE_DAYS,
  WEIGHTS,
  type EngineQuery,
  type SearchEngine,
  type SearchHit,
} from "./types";

/**
 * SQLite: FTS5 table "ArticleSearch" over "ArticleSearchDocument" (prisma/sqlite/migrations/*_site_search).
 * Every value is a bound parameter; the MATCH expression is built by ./query.ts from plain words.
 */

/** DateTime as Prisma's better-sqlite3 adapter stores it (ISO text with +00:00), so text comparison orders it. */
function sqliteTime(iso: string): string {
  return iso.replace("Z", "+00:00");
}

function where(query: EngineQuery, match: string) {
  const { filters } = query;
  const conditions: Prisma.Sql[] = [Prisma.sql`"ArticleSearch" MATCH ${match}`];
  if (query.publishedOnly)
    conditions.push(Prisma.sql`a."status" = 'PUBLISHED' AND a."publishedAt" <= ${sqliteTime(query.now)}`);
  if (filters.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${filters.sectionId}`);
  if (filters.sourceId) conditions.push(Prisma.sql`a."sourceId" = ${filters.sourceId}`);
  if (filters.authorId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."authorId" = ${filters.authorId})`,
    );
  if (filters.tagId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at WHERE at."articleId" = a."id" AND at."tagId" = ${filters.tagId})`,
    );
  if (filters.from) conditions.push(Prisma.sql`a."publishedAt" >= ${sqliteTime(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`a."publishedAt" < ${sqliteTime(filters.to)}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Matches first, then to the article, through indexes only (CROSS JOIN fixes the order: left to itself SQLite may
 * start from "Article" and run the MATCH once per article). A common word matches most of the corpus, so no row
 * of text may be read per match: the document's (id, articleId) index and Article's covering index
 * (id, status, publishedAt, sectionId, sourceId) answer the join and the filters. Both are named (INDEXED BY):
 * with a section or source filter the planner would otherwise pick that column's index and scan a whole section
 * for every match.
 */
const FROM = Prisma.sql`
  "ArticleSearch"
  CROSS JOIN "ArticleSearchDocument" d INDEXED BY "ArticleSearchDocument_id_articleId_idx"
    ON d."id" = "ArticleSearch"."rowid"
  CROSS JOIN "Article" a INDEXED BY "Article_id_status_publishedAt_sectionId_sourceId_idx"
    ON a."id" = d."articleId"`;

function order(query: EngineQuery) {
  if (query.sort === "newest") return Prisma.sql`a."publishedAt" DESC, a."id" DESC`;
  // bm25() is lower for better matches. The boost: 1 + 0.25 / (1 + age in days / 30).
  const at = sqliteTime(query.now);
  return Prisma.sql`-bm25("ArticleSearch", ${WEIGHTS.title}, ${WEIGHTS.dek}, ${WEIGHTS.tags}, ${WEIGHTS.people}, ${WEIGHTS.body})
      * (1.0 + ${RECENCY_BOOST} / (1.0 + max(0.0, julianday(${at}) - julianday(coalesce(a."publishedAt", a."updatedAt"))) / ${RECENCY_HALF_LIFE_DAYS}))
      DESC, a."publishedAt" DESC, a."id" DESC`;
}

type PageRow = { rowid: number | bigint };
type HitRow = {
  rowid: number | bigint;
  id: string;
  slug: string;
  title: string;
  status: string;
  publishedAt: Date | string | null;
  sectionSlug: string;
  sectionName: string;
  sourceSlug: string;
  sourceName: string;
  titleHighlighted: string | null;
  snippet: string | null;
};

function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

export const sqliteSearch: SearchEngine = {
  async search(query) {
    const match = toFts5Match(query.query, { prefix: query.prefix });
    if (!match) return { hits: [], total: 0 };
    const conditions = where(query, match);

    // Rank first, then fetch snippets for the page only: SQLite would otherwise compute snippet() for every match.
    const [page, [count]] = await Promise.all([
      db.$queryRaw<PageRow[]>`
        SELECT "ArticleSearch"."rowid" AS "rowid" FROM ${FROM}
        WHERE ${conditions}
        ORDER BY ${order(query)}
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      db.$queryRaw<{ n: number | bigint }[]>`
        SELECT count(*) AS "n" FROM (SELECT 1 FROM ${FROM} WHERE ${conditions} LIMIT ${MAX_COUNTED_RESULTS + 1})`,
    ]);
    const total = Number(count?.n ?? 0);
    if (page.length === 0) return { hits: [], total };

    const rowids = page.map((row) => Number(row.rowid));
    const rows = await db.$queryRaw<HitRow[]>`
      SELECT "ArticleSearch"."rowid" AS "rowid", a."id", a."slug", a."title", a."status", a."publishedAt",
        sec."slug" AS "sectionSlug", sec."name" AS "sectionName", src."slug" AS "sourceSlug", src."name" AS "sourceName",
        highlight("ArticleSearch", 0, ${MARK_START}, ${MARK_END}) AS "titleHighlighted",
        snippet("ArticleSearch", 4, ${MARK_START}, ${MARK_END}, '…', 32) AS "snippet"
      FROM ${FROM}
      JOIN "Section" sec ON sec."id" = a."sectionId"
      JOIN "Source" src ON src."id" = a."sourceId"
      WHERE "ArticleSearch" MATCH ${match} AND "ArticleSearch"."rowid" IN (${Prisma.join(rowids)})`;
    const byRowid = new Map(rows.map((row) => [Number(row.rowid), row]));
    const hits: SearchHit[] = [];
    for (const rowid of rowids) {
      const row = byRowid.get(rowid);
      if (!row) continue;
      hits.push({
        id: row.id,
        slug: row.slug,
        title: row.title,
        titleHighlighted: row.titleHighlighted ?? row.title,
        snippet: row.snippet ?? "",
        status: row.status,
        publishedAt: toDate(row.publishedAt),
        section: { slug: row.sectionSlug, name: row.sectionName },
        source: { slug: row.sourceSlug, name: row.sourceName },
      });
    }
    return { hits, total };
  },

  async matchingIds(query) {
    const match = toFts5Match(query.query, { prefix: query.prefix });
    if (!match) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM ${FROM}
      WHERE ${where({ ...query, offset: 0, sort: "relevance" }, match)}
      ORDER BY ${order({ ...query, offset: 0, sort: "relevance" })}
      LIMIT ${query.limit}`;
    return rows.map((row) => row.id);
  },
};
