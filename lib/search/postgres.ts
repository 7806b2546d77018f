import "server-only";

import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { toTsQuery } from "./query";
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
 * PostgreSQL: tsvector "ArticleSearch"."document" with a GIN index, text search configuration ledger_search
 * (english stemming over unaccent), both from prisma/postgres/migrations/*_site_search. Every value is a bound
 * parameter; the tsquery text is built by ./query.ts from plain words.
 */

/** ts_rank weights in its order {D, C, B, A}: body, authors and source, dek and tags, title. */
const RANK_WEIGHTS = `{${[WEIGHTS.body, WEIGHTS.people, WEIGHTS.tags, WEIGHTS.title].map((w) => w / WEIGHTS.title).join(",")}}`;

const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=35, MinWords=15, ShortWord=3`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

function from(tsquery: string) {
  return Prisma.sql`
    "ArticleSearch" s
    JOIN "Article" a ON a."id" = s."articleId"
    CROSS JOIN to_tsquery('ledger_search', ${tsquery}) AS q(query)`;
}

function where(query: Pick<EngineQuery, "filters" | "publishedOnly" | "now">) {
  const { filters } = query;
  const conditions: Prisma.Sql[] = [Prisma.sql`s."document" @@ q.query`];
  if (query.publishedOnly)
    conditions.push(Prisma.sql`a."status" = 'PUBLISHED' AND a."publishedAt" <= ${query.now}::timestamp`);
  if (filters.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${filters.sectionId}`);
  if (filters.sourceId) conditions.push(Prisma.sql`a."sourceId" = ${filters.sourceId}`);
  // An author has thousands of stories, which the newest-first walk meets every few rows: "IS TRUE" keeps the
  // IN from becoming a join, so it is a hashed subplan (the author's stories read once, then a hash lookup per
  // row) rather than an index probe per row (~15,000 of them for "ferry" by one author on 100k stories). A tag
  // has a few hundred stories: EXISTS lets the planner start from them instead.
  if (filters.authorId)
    conditions.push(
      Prisma.sql`(a."id" IN (SELECT aa."articleId" FROM "ArticleAuthor" aa WHERE aa."authorId" = ${filters.authorId})) IS TRUE`,
    );
  if (filters.tagId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at WHERE at."articleId" = a."id" AND at."tagId" = ${filters.tagId})`,
    );
  if (filters.from) conditions.push(Prisma.sql`a."publishedAt" >= ${filters.from}::timestamp`);
  if (filters.to) conditions.push(Prisma.sql`a."publishedAt" < ${filters.to}::timestamp`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The score, higher is better. Normalisation 1 divides by 1 + log(length), as bm25 discounts long documents.
 * Boost: 1 + 0.25 / (1 + days / 30), from the publication time (the newsroom's drafts: the last update).
 */
function score(query: Pick<EngineQuery, "now">, document: Prisma.Sql, time: Prisma.Sql) {
  return Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], ${document}, q.query, 1)
      * (1.0 + ${RECENCY_BOOST} / (1.0 + greatest(0.0, extract(epoch FROM (${query.now}::timestamp - ${time})) / 86400.0) / ${RECENCY_HALF_LIFE_DAYS}))`;
}

type HitRow = {
  id: string;
  slug: string;
  title: string;
  body: string;
  status: string;
  publishedAt: Date | string | null;
  sectionSlug: string;
  sectionName: string;
  sourceSlug: string;
  sourceName: string;
  titleHighlighted: string | null;
  snippet: string | null;
};

/** timestamp(3) without time zone holds UTC. */
function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** ts_headline marks no cut; add "…" where the fragment starts after the body's start or ends before its end. */
function withEllipses(headline: string, body: string): string {
  const fragment = squash(headline);
  const plain = fragment.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
  const text = squash(body);
  const head = text.startsWith(plain.slice(0, 40)) ? "" : "…";
  const tail = text.endsWith(plain.slice(-40)) ? "" : "…";
  return `${head}${fragment}${tail}`;
}

export const postgresSearch: SearchEngine = {
  async search(query) {
    const tsquery = toTsQuery(query.query, { prefix: query.prefix });
    if (!tsquery) return { hits: [], total: 0 };
    const conditions = where(query);
    const time = query.publishedOnly
      ? Prisma.sql`c."publishedAt"`
      : Prisma.sql`coalesce(c."publishedAt", c."updatedAt")`;
    const ranking =
      query.sort === "relevance"
        ? Prisma.sql`${score(query, Prisma.sql`c."document"`, time)} DESC, c."publishedAt" DESC, c."id" DESC`
        : Prisma.sql`c."publishedAt" DESC, c."id" DESC`;

    // The matches newest first, one more than are ranked (so the count can say "more than"). Readers' stories all
    // have a publishedAt, so the order is a backward scan of "Article"(status, publishedAt, id, sectionId,
    // sourceId) that stops at the limit, testing each story's document as it goes; the planner starts from the
    // GIN index instead when the words (or a tag or author filter) are rare. Only those candidates are scored,
    // and headlines are made for the page's rows only (ts_headline reparses each text it is given).
    // A walk of 1,001 short steps: parallel workers take longer to start (15-30 ms on a busy machine) than they
    // save, and the planner, costing the whole walk, would start them. SET LOCAL lasts for this transaction only.
    const [, [row]] = await db.$transaction([
      db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
      db.$queryRaw<{ total: number | bigint; ids: string[] }[]>`
      WITH walk AS MATERIALIZED (
        SELECT a."id", a."publishedAt", ${query.publishedOnly ? Prisma.sql`NULL::timestamp` : Prisma.sql`a."updatedAt"`} AS "updatedAt", ${query.sort === "relevance" ? Prisma.sql`s."document"` : Prisma.sql`NULL::tsvector`} AS "document"
        FROM ${from(tsquery)}
        WHERE ${conditions}
        ORDER BY a."publishedAt" DESC, a."id" DESC
        LIMIT ${RANKED_CANDIDATES + 1}
      ), candidates AS (
        SELECT * FROM walk ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${RANKED_CANDIDATES}
      )
      SELECT (SELECT count(*) FROM walk) AS "total",
        ARRAY(
          SELECT c."id" FROM candidates c CROSS JOIN to_tsquery('ledger_search', ${tsquery}) AS q(query)
          ORDER BY ${ranking}
          LIMIT ${query.limit} OFFSET ${query.offset}
        ) AS "ids"`,
    ]);
    const total = Number(row?.total ?? 0);
    const ids = row?.ids ?? [];
    if (ids.length === 0) return { hits: [], total };

    const rows = await db.$queryRaw<HitRow[]>`
      SELECT a."id", a."slug", a."title", a."body", a."status"::text AS "status", a."publishedAt",
        sec."slug" AS "sectionSlug", sec."name" AS "sectionName", src."slug" AS "sourceSlug", src."name" AS "sourceName",
        ts_headline('ledger_search', a."title", q.query, ${TITLE_OPTIONS}) AS "titleHighlighted",
        ts_headline('ledger_search', a."body", q.query, ${SNIPPET_OPTIONS}) AS "snippet"
      FROM "Article" a
      JOIN "Section" sec ON sec."id" = a."sectionId"
      JOIN "Source" src ON src."id" = a."sourceId"
      CROSS JOIN to_tsquery('ledger_search', ${tsquery}) AS q(query)
      WHERE a."id" = ANY (${ids}::text[])`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) continue;
      hits.push({
        id: row.id,
        slug: row.slug,
        title: row.title,
        titleHighlighted: row.titleHighlighted ?? row.title,
        snippet: row.snippet ? withEllipses(row.snippet, row.body) : "",
        status: row.status,
        publishedAt: toDate(row.publishedAt),
        section: { slug: row.sectionSlug, name: row.sectionName },
        source: { slug: row.sourceSlug, name: row.sourceName },
      });
    }
    return { hits, total };
  },

  async matchingIds(query) {
    const tsquery = toTsQuery(query.query, { prefix: query.prefix });
    if (!tsquery) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM ${from(tsquery)}
      WHERE ${where(query)}
      ORDER BY ${score(query, Prisma.sql`s."document"`, Prisma.sql`coalesce(a."publishedAt", a."updatedAt")`)} DESC,
        a."publishedAt" DESC NULLS LAST, a."id" DESC
      LIMIT ${query.limit}`;
    return rows.map((row) => row.id);
  },
};
