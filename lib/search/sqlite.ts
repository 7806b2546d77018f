import "server-only";

import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { toFts5Match } from "./query";
import {
  MARK_END,
  MARK_START,
  RANKED_CANDIDATES,
  RECENCY_BOOST,
  RECENCY_HALF_LIFE_DAYS,
  WEIGHTS,
  type EngineQuery,
  type SearchEngine,
  type SearchHit,
} from "./types";

/**
 * SQLite: FTS5 table "ArticleSearch" over "ArticleSearchDocument" (prisma/sqlite/migrations/*_site_search and
 * *_search_newest_first). Every value is a bound parameter; the MATCH expression is built by ./query.ts from plain
 * words.
 *
 * A document's id, which is its FTS5 rowid, is its article's time (publishedAt, or createdAt until published) in
 * milliseconds times 65,536 plus a counter: FTS5 hands out matches newest first (ORDER BY rowid DESC) and stops
 * when told, and a time range is a rowid range it can seek to. Ids are beyond 2^53, so they never come to
 * JavaScript: queries return `rowid >> 16`, the milliseconds.
 */
const ORDER_BITS = 16;

/** DateTime as Prisma's better-sqlite3 adapter stores it (ISO text with +00:00), so text comparison orders it. */
function sqliteTime(iso: string): string {
  return iso.replace("Z", "+00:00");
}

/** The first document id at this instant (or this many milliseconds later): the migration's expression. */
function firstIdAt(iso: string, laterMs = 0) {
  return Prisma.sql`((CAST(round((julianday(${sqliteTime(iso)}) - 2440587.5) * 86400000.0) AS INTEGER) + ${laterMs}) << ${ORDER_BITS})`;
}

/** Documents whose articles are linked to this tag or author, by id: built once per query, then a set lookup. */
function linkedDocuments(table: "ArticleTag" | "ArticleAuthor", id: string) {
  const column = table === "ArticleTag" ? Prisma.sql`"tagId"` : Prisma.sql`"authorId"`;
  return Prisma.sql`(SELECT ld."id" FROM ${Prisma.raw(`"${table}"`)} l
    JOIN "ArticleSearchDocument" ld ON ld."articleId" = l."articleId" WHERE l.${column} = ${id})`;
}

function where(query: EngineQuery, match: string) {
  const { filters } = query;
  const conditions: Prisma.Sql[] = [Prisma.sql`"ArticleSearch" MATCH ${match}`];
  // Time bounds twice: exactly on "Article", and as a rowid range FTS5 seeks to (nothing from later on is read).
  if (query.publishedOnly)
    conditions.push(
      Prisma.sql`a."status" = 'PUBLISHED' AND a."publishedAt" <= ${sqliteTime(query.now)}
        AND "ArticleSearch"."rowid" < ${firstIdAt(query.now, 1)}`,
    );
  if (filters.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${filters.sectionId}`);
  if (filters.sourceId) conditions.push(Prisma.sql`a."sourceId" = ${filters.sourceId}`);
  // Checked on the match's rowid before any join. The unary + keeps the set from FTS5, which would otherwise
  // look each of its ids up in the index, a full query each (milliseconds apiece for a common word).
  if (filters.authorId)
    conditions.push(
      Prisma.sql`+"ArticleSearch"."rowid" IN ${linkedDocuments("ArticleAuthor", filters.authorId)}`,
    );
  if (filters.tagId)
    conditions.push(Prisma.sql`+"ArticleSearch"."rowid" IN ${linkedDocuments("ArticleTag", filters.tagId)}`);
  if (filters.from)
    conditions.push(
      Prisma.sql`a."publishedAt" >= ${sqliteTime(filters.from)} AND "ArticleSearch"."rowid" >= ${firstIdAt(filters.from)}`,
    );
  if (filters.to)
    conditions.push(
      Prisma.sql`a."publishedAt" < ${sqliteTime(filters.to)} AND "ArticleSearch"."rowid" < ${firstIdAt(filters.to)}`,
    );
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

/**
 * The score, higher is better: bm25() (lower for better matches, so negated) times the recency boost,
 * 1 + 0.25 / (1 + age in days / 30). Readers' stories all have a publishedAt, which the covering index holds;
 * the newsroom's drafts fall back to updatedAt.
 */
function score(query: Pick<EngineQuery, "now" | "publishedOnly">) {
  const at = sqliteTime(query.now);
  const time = query.publishedOnly
    ? Prisma.sql`a."publishedAt"`
    : Prisma.sql`coalesce(a."publishedAt", a."updatedAt")`;
  return Prisma.sql`-bm25("ArticleSearch", ${WEIGHTS.title}, ${WEIGHTS.dek}, ${WEIGHTS.tags}, ${WEIGHTS.people}, ${WEIGHTS.body})
      * (1.0 + ${RECENCY_BOOST} / (1.0 + max(0.0, julianday(${at}) - julianday(${time})) / ${RECENCY_HALF_LIFE_DAYS}))`;
}

type CandidateRow = { id: string; ms: number | bigint; score: number | null };
type Candidate = { id: string; ms: number; score: number };

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  ms: Number(row.ms),
  score: Number(row.score ?? 0),
});

/** Newest first, then by id (as PostgreSQL orders "publishedAt" DESC, "id" DESC). */
const newestFirst = (a: Candidate, b: Candidate) => b.ms - a.ms || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

type HitRow = {
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
    const relevance = query.sort === "relevance";

    // The matches newest first, one more than are ranked (so the count can say "more than"), scored on the way:
    // FTS5 reads them in rowid order and stops at the limit, so a word in every story reads 1,001 of them.
    const walk = (extra: Prisma.Sql, limit: number) => db.$queryRaw<CandidateRow[]>`
      SELECT a."id", "ArticleSearch"."rowid" >> ${ORDER_BITS} AS "ms", ${relevance ? score(query) : Prisma.sql`NULL`} AS "score"
      FROM ${FROM}
      WHERE ${conditions} ${extra}
      ORDER BY "ArticleSearch"."rowid" DESC
      LIMIT ${limit}`;
    const rows = (await walk(Prisma.empty, RANKED_CANDIDATES + 1)).map(toCandidate);
    const total = rows.length;

    let candidates = rows.slice(0, RANKED_CANDIDATES);
    const last = rows[RANKED_CANDIDATES - 1];
    const next = rows[RANKED_CANDIDATES];
    if (last && next && next.ms === last.ms) {
      // Stories published in the same millisecond as the last one ranked: PostgreSQL breaks that tie by id, and
      // so must this, so all of them are read (rare: a bulk load that gives many stories one time).
      const bucket = Prisma.sql`AND "ArticleSearch"."rowid" >= (CAST(${last.ms} AS INTEGER) << ${ORDER_BITS})
        AND "ArticleSearch"."rowid" < ((CAST(${last.ms} AS INTEGER) + 1) << ${ORDER_BITS})`;
      const tied = (await walk(bucket, -1)).map(toCandidate);
      candidates = [...candidates.filter((row) => row.ms > last.ms), ...tied]
        .sort(newestFirst)
        .slice(0, RANKED_CANDIDATES);
    }
    if (relevance) candidates.sort((a, b) => b.score - a.score || newestFirst(a, b));
    else candidates.sort(newestFirst);
    const ids = candidates.slice(query.offset, query.offset + query.limit).map((row) => row.id);
    if (ids.length === 0) return { hits: [], total };

    // Snippets for the page only: snippet() and highlight() read each document's text.
    const found = await db.$queryRaw<HitRow[]>`
      SELECT a."id", a."slug", a."title", a."status", a."publishedAt",
        sec."slug" AS "sectionSlug", sec."name" AS "sectionName", src."slug" AS "sourceSlug", src."name" AS "sourceName",
        highlight("ArticleSearch", 0, ${MARK_START}, ${MARK_END}) AS "titleHighlighted",
        snippet("ArticleSearch", 4, ${MARK_START}, ${MARK_END}, '…', 32) AS "snippet"
      FROM ${FROM}
      JOIN "Section" sec ON sec."id" = a."sectionId"
      JOIN "Source" src ON src."id" = a."sourceId"
      WHERE "ArticleSearch" MATCH ${match}
        AND "ArticleSearch"."rowid" IN (SELECT "id" FROM "ArticleSearchDocument" WHERE "articleId" IN (${Prisma.join(ids)}))`;
    const byId = new Map(found.map((row) => [row.id, row]));
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const row = byId.get(id);
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
      ORDER BY ${score(query)} DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${query.limit}`;
    return rows.map((row) => row.id);
  },
};
