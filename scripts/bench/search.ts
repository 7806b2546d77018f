/**
 * Search latency, in process, through lib/search's runSearch (the uncached query a first-time search costs; repeated
 * searches are served from the 'use cache' entry and cost nothing), plus the size of the search index.
 * 20 representative queries (common words, rare words, phrases, an exclusion, filters, newest-first, a deep page),
 * each run once to warm up and then RUNS times.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/search.ts [runs]
 * Prints one JSON line: { p50Ms, p95Ms, maxMs, queries: [...], byKind: {...}, index: {...} }.
 */
import type { SearchRequest } from "../../lib/search";

const RUNS = Number(process.argv[2] ?? 10);
const DAY = 86_400_000;

type Kind = "common" | "rare" | "phrase" | "exclusion" | "filter" | "newest" | "deep page" | "no match";
type Ids = { business: string; harbourLedger: string; syntheticTag: string; author: string };
type Query = {
  kind: Kind;
  q: string;
  sort?: SearchRequest["sort"];
  page?: number;
  filters?: (ids: Ids) => SearchRequest["filters"];
  note?: string;
};

/**
 * The synthetic corpus draws every sentence from a 60-word vocabulary, so each of those words is in nearly every
 * synthetic article: "common" here means ~100,000 matches, the worst case. Rare words come from the demo corpus.
 */
const QUERIES: Query[] = [
  { kind: "common", q: "council" },
  { kind: "common", q: "harbour budget" },
  { kind: "common", q: "river market vote" },
  { kind: "common", q: "storms", note: "stemmed" },
  { kind: "rare", q: "comet" },
  { kind: "rare", q: "lumen flyby" },
  { kind: "rare", q: "cafe", note: "accents folded" },
  { kind: "rare", q: "seagrass" },
  { kind: "phrase", q: '"council vote"' },
  { kind: "phrase", q: '"port strike"' },
  { kind: "phrase", q: '"flood barrier" velden' },
  { kind: "exclusion", q: "saltmarsh -strike" },
  { kind: "filter", q: "council", filters: (ids) => ({ sectionId: ids.business }), note: "section" },
  {
    kind: "filter",
    q: "tariff freight",
    filters: () => ({ from: new Date(Date.now() - 90 * DAY).toISOString() }),
    note: "last 90 days",
  },
  { kind: "filter", q: "harbour", filters: (ids) => ({ tagId: ids.syntheticTag }), note: "tag" },
  { kind: "filter", q: "strike", filters: (ids) => ({ sourceId: ids.harbourLedger }), note: "source" },
  { kind: "filter", q: "ferry", filters: (ids) => ({ authorId: ids.author }), note: "author" },
  { kind: "newest", q: "election", sort: "newest" },
  { kind: "deep page", q: "council", page: 10 },
  { kind: "no match", q: "quokka" },
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
const round = (n: number) => Number(n.toFixed(1));

async function indexSize(db: typeof import("../../lib/db").db, provider: "sqlite" | "postgres") {
  if (provider === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ name: string; bytes: bigint | number }[]>(
      `SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'ArticleSearch%' GROUP BY name`,
    );
    const [total] = await db.$queryRawUnsafe<{ bytes: bigint | number }[]>(
      `SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()`,
    );
    const sum = (match: (name: string) => boolean) =>
      rows.filter((row) => match(row.name)).reduce((bytes, row) => bytes + Number(row.bytes), 0);
    return {
      // FTS5's own tables: the inverted index (_data, _idx), document sizes and config.
      ftsIndexBytes: sum((name) => /^ArticleSearch_/.test(name)),
      // The denormalised text it indexes (external content) with its articleId index: a copy of every body.
      documentBytes: sum((name) => name.startsWith("ArticleSearchDocument")),
      databaseBytes: Number(total!.bytes),
      tables: Object.fromEntries(rows.map((row) => [row.name, Number(row.bytes)])),
    };
  }
  const [row] = await db.$queryRawUnsafe<
    { gin: bigint; total: bigint; tsvector: bigint; database: bigint }[]
  >(`SELECT pg_relation_size('"ArticleSearch_document_idx"') AS gin,
            pg_total_relation_size('"ArticleSearch"') AS total,
            (SELECT sum(pg_column_size("document")) FROM "ArticleSearch") AS tsvector,
            pg_database_size(current_database()) AS database`);
  return {
    ginIndexBytes: Number(row!.gin),
    tsvectorColumnBytes: Number(row!.tsvector),
    // Table, TOAST, primary key and GIN index together.
    searchTableTotalBytes: Number(row!.total),
    databaseBytes: Number(row!.database),
  };
}

async function main() {
  const { db } = await import("../../lib/db");
  const { runSearch, parseSearchQuery } = await import("../../lib/search");
  const { databaseProvider } = await import("../../lib/env-schema");
  const provider = databaseProvider(process.env.DATABASE_URL || "file:./data/news.db");

  // What autovacuum does soon after a bulk load (the seed rewrites each document once per statement that touches
  // its article): done now so the measurement doesn't depend on when it last ran. "Article" too: the search walks
  // an index of it, which reads no rows only once the visibility map says the pages are all visible.
  if (provider === "postgres") {
    await db.$executeRawUnsafe(`VACUUM ANALYZE "ArticleSearch"`);
    await db.$executeRawUnsafe(`VACUUM ANALYZE "Article"`);
  }

  const [business, harbourLedger, tag, author] = await Promise.all([
    db.section.findUniqueOrThrow({ where: { slug: "business" }, select: { id: true } }),
    db.source.findUniqueOrThrow({ where: { slug: "harbour-ledger" }, select: { id: true } }),
    db.tag.findFirstOrThrow({
      where: { slug: { startsWith: "topic-" } },
      orderBy: { slug: "asc" },
      select: { id: true },
    }),
    db.author.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true } }),
  ]);
  const ids: Ids = {
    business: business.id,
    harbourLedger: harbourLedger.id,
    syntheticTag: tag.id,
    author: author.id,
  };

  const all: number[] = [];
  const byKind = new Map<Kind, number[]>();
  const queries = [];
  for (const query of QUERIES) {
    const request: SearchRequest = {
      terms: parseSearchQuery(query.q).terms,
      filters: query.filters?.(ids) ?? {},
      sort: query.sort ?? "relevance",
      page: query.page ?? 1,
    };
    const options = { publishedOnly: true, prefix: false };
    const first = await runSearch(request, options);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await runSearch(request, options);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ...times]);
    queries.push({
      kind: query.kind,
      q: query.q,
      note: [
        query.note,
        query.sort === "newest" ? "newest first" : "",
        query.page ? `page ${query.page}` : "",
      ]
        .filter(Boolean)
        .join(", "),
      matches: first.more ? `>${first.total}` : String(first.total),
      p50Ms: round(quantile(times, 0.5)),
      p95Ms: round(quantile(times, 0.95)),
    });
  }
  all.sort((a, b) => a - b);
  const kinds = Object.fromEntries(
    [...byKind].map(([kind, times]) => {
      times.sort((a, b) => a - b);
      return [kind, { p50Ms: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) }];
    }),
  );
  console.log(
    JSON.stringify({
      provider,
      runs: RUNS,
      p50Ms: round(quantile(all, 0.5)),
      p95Ms: round(quantile(all, 0.95)),
      maxMs: round(all.at(-1) ?? 0),
      queries,
      byKind: kinds,
      index: await indexSize(db, provider),
    }),
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
