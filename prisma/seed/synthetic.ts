import { randomUUID } from "node:crypto";
import path from "node:path";

import BetterSqlite3 from "better-sqlite3";
import { SingleBar, Presets } from "cli-progress";
import pg from "pg";

import { DEFAULT_DATABASE_URL, type Database } from "../../lib/db-client";
import { databaseProvider } from "../../lib/env-schema";

const BATCH = 1_000;
const COMMENTS_PER_ARTICLE = 10;
const TAG_COUNT = 2_000;
const USER_COUNT = 500;
const DAY = 86_400_000;

const WORDS = (
  "council harbour budget river market vote report season energy grid rail station study coast village museum " +
  "festival league court ministry trial school water forest bridge port union wage price inflation orbit probe " +
  "archive library census data network storm flood drought harvest tariff freight ferry summit treaty election"
).split(" ");

/** A small deterministic generator so runs are repeatable. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(random: () => number, words: number) {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = picked.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  dek: string;
  body: string;
  excerpt: string;
  publishedAt: Date;
  sectionId: string;
  sourceId: string;
}
interface CommentRow {
  id: string;
  articleId: string;
  userId: string;
  parentId: string | null;
  depth: number;
  body: string;
  createdAt: Date;
}
interface Batch {
  articles: ArticleRow[];
  articleTags: { articleId: string; tagId: string }[];
  articleAuthors: { articleId: string; authorId: string }[];
  comments: CommentRow[];
}

/** Writes one batch of rows in one transaction, straight through the database driver. */
interface BatchWriter {
  write(batch: Batch): Promise<void>;
  /** Called once after the last batch (statistics, closing the connection). */
  finish(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Adds `count` synthetic published articles, each with three tags and ~10 comments, for scale tests.
 *
 * The small lookup tables (sections, sources, tags, users, authors) go through Prisma; the bulk rows go
 * through the raw driver (better-sqlite3 prepared statements, or `unnest` multi-row INSERTs for
 * PostgreSQL), one transaction per batch of {@link BATCH} articles, because Prisma's createMany through
 * the driver adapter manages only ~300 articles (with their comments) a second. Values are written in
 * the representation Prisma itself uses (see `sqliteDate`), so the app reads the rows like its own.
 */
export async function seedSynthetic(
  db: Database,
  count: number,
  url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
): Promise<void> {
  const random = rng(count);
  const started = Date.now();
  const runId = randomUUID().slice(0, 8);

  const section = await ensureSections(db);
  const sources = await ensureSources(db);
  const tagIds = await ensureTags(db, runId);
  const userIds = await ensureUsers(db, runId);
  const authorIds = (await db.author.findMany({ select: { id: true } })).map((a) => a.id);
  if (authorIds.length === 0) {
    const id = randomUUID();
    await db.author.create({ data: { id, slug: `desk-${runId}`, name: "Newsdesk" } });
    authorIds.push(id);
  }

  const writer = databaseProvider(url) === "sqlite" ? sqliteWriter(url) : postgresWriter(url);
  const bar = new SingleBar(
    { format: "synthetic |{bar}| {value}/{total} articles | {eta_formatted} left" },
    Presets.shades_classic,
  );
  bar.start(count, 0);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  // Ids sort in insertion order (run id + zero-padded counter), so every index on them grows at its end.
  let commentSeq = 0;
  const seqId = (kind: string, n: number) => `s${runId}${kind}${n.toString(36).padStart(8, "0")}`;

  try {
    for (let offset = 0; offset < count; offset += BATCH) {
      const size = Math.min(BATCH, count - offset);
      const batch: Batch = { articles: [], articleTags: [], articleAuthors: [], comments: [] };
      for (let i = 0; i < size; i++) {
        const n = offset + i;
        const id = seqId("a", n);
        // Older than the demo corpus: spread over the two years before it.
        const publishedAt = new Date(started - 30 * DAY - random() * 730 * DAY);
        batch.articles.push({
          id,
          slug: `synthetic-${runId}-${n}`,
          title: sentence(random, 8).slice(0, -1),
          dek: sentence(random, 16),
          body: Array.from({ length: 6 }, () => sentence(random, 40)).join("\n\n"),
          excerpt: sentence(random, 30),
          publishedAt,
          sectionId: pick(section),
          sourceId: pick(sources),
        });
        const chosenTags = new Set<string>();
        while (chosenTags.size < 3) chosenTags.add(pick(tagIds));
        for (const tagId of chosenTags) batch.articleTags.push({ articleId: id, tagId });
        batch.articleAuthors.push({ articleId: id, authorId: pick(authorIds) });

        const roots: string[] = [];
        for (let c = 0; c < COMMENTS_PER_ARTICLE; c++) {
          const commentId = seqId("c", commentSeq++);
          const parentId = c >= 7 && roots.length ? pick(roots) : null;
          batch.comments.push({
            id: commentId,
            articleId: id,
            userId: pick(userIds),
            parentId,
            depth: parentId ? 1 : 0,
            body: sentence(random, 12 + Math.floor(random() * 30)),
            createdAt: new Date(publishedAt.getTime() + (c + 1) * 600_000),
          });
          if (!parentId) roots.push(commentId);
        }
      }
      await writer.write(batch);
      bar.update(offset + size);
    }
    await writer.finish();
  } finally {
    bar.stop();
    await writer.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Added ${count} synthetic articles, ${count * 3} tag links and ${count * COMMENTS_PER_ARTICLE} comments in ${seconds}s.`,
  );
}

/**
 * How Prisma 7's better-sqlite3 adapter stores DateTime (its default `timestampFormat: "iso8601"`):
 * TEXT such as `2026-11-26T12:59:33.132+00:00`. Matching it exactly keeps ordering and comparisons
 * with rows Prisma wrote correct.
 */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function sqliteWriter(url: string): BatchWriter {
  const file = url.slice("file:".length);
  const sqlite = new BetterSqlite3(file === ":memory:" ? file : path.resolve(file), { timeout: 10_000 });
  // Connection-local settings only (nothing persists in the file): no fsync per batch, a big page cache.
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("temp_store = MEMORY");

  // Enums are TEXT; booleans INTEGER 0/1 — the columns left out take their schema defaults.
  const article = sqlite.prepare(
    `INSERT INTO "Article" ("id","slug","title","dek","body","excerpt","status","publishedAt","createdAt","updatedAt","sectionId","sourceId")
     VALUES (?,?,?,?,?,?,'PUBLISHED',?,?,?,?,?)`,
  );
  const articleTag = sqlite.prepare(`INSERT INTO "ArticleTag" ("articleId","tagId") VALUES (?,?)`);
  const articleAuthor = sqlite.prepare(
    `INSERT INTO "ArticleAuthor" ("articleId","authorId","position") VALUES (?,?,0)`,
  );
  const comment = sqlite.prepare(
    `INSERT INTO "Comment" ("id","articleId","userId","parentId","rootId","depth","body","status","createdAt")
     VALUES (?,?,?,?,?,?,?,'VISIBLE',?)`,
  );
  const writeBatch = sqlite.transaction((batch: Batch) => {
    // Links first, foreign keys checked at commit: the search index triggers then build each article's
    // document once, on its insert, instead of rewriting it for every tag and author that follows.
    sqlite.pragma("defer_foreign_keys = ON");
    for (const t of batch.articleTags) articleTag.run(t.articleId, t.tagId);
    for (const a of batch.articleAuthors) articleAuthor.run(a.articleId, a.authorId);
    for (const a of batch.articles) {
      const at = sqliteDate(a.publishedAt);
      article.run(a.id, a.slug, a.title, a.dek, a.body, a.excerpt, at, at, at, a.sectionId, a.sourceId);
    }
    for (const c of batch.comments) {
      comment.run(
        c.id,
        c.articleId,
        c.userId,
        c.parentId,
        c.parentId,
        c.depth,
        c.body,
        sqliteDate(c.createdAt),
      );
    }
  });
  return {
    async write(batch) {
      writeBatch(batch);
    },
    async finish() {},
    async close() {
      if (sqlite.open) sqlite.close();
    },
  };
}

function postgresWriter(url: string): BatchWriter {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  // Prisma maps DateTime to timestamp(3) without time zone holding UTC; send UTC wall-clock text.
  const ts = (date: Date) => date.toISOString().slice(0, -1);
  const columns = <T>(rows: T[], ...getters: ((row: T) => unknown)[]) => getters.map((get) => rows.map(get));
  return {
    async write(batch) {
      await connected;
      try {
        await client.query("BEGIN");
        // One statement per table: each parameter is a whole column, so the batch size is not bound by
        // PostgreSQL's 65,535-parameter limit.
        await client.query(
          `INSERT INTO "Article" ("id","slug","title","dek","body","excerpt","status","publishedAt","createdAt","updatedAt","sectionId","sourceId")
           SELECT id, slug, title, dek, body, excerpt, 'PUBLISHED'::"ArticleStatus", at, at, at, section, source
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp(3)[], $8::text[], $9::text[])
             AS t(id, slug, title, dek, body, excerpt, at, section, source)`,
          columns(
            batch.articles,
            (a) => a.id,
            (a) => a.slug,
            (a) => a.title,
            (a) => a.dek,
            (a) => a.body,
            (a) => a.excerpt,
            (a) => ts(a.publishedAt),
            (a) => a.sectionId,
            (a) => a.sourceId,
          ),
        );
        await client.query(
          `INSERT INTO "ArticleTag" ("articleId","tagId") SELECT * FROM unnest($1::text[], $2::text[])`,
          columns(
            batch.articleTags,
            (t) => t.articleId,
            (t) => t.tagId,
          ),
        );
        await client.query(
          `INSERT INTO "ArticleAuthor" ("articleId","authorId","position") SELECT a, b, 0 FROM unnest($1::text[], $2::text[]) AS t(a, b)`,
          columns(
            batch.articleAuthors,
            (a) => a.articleId,
            (a) => a.authorId,
          ),
        );
        await client.query(
          `INSERT INTO "Comment" ("id","articleId","userId","parentId","rootId","depth","body","status","createdAt")
           SELECT id, article, author, parent, parent, depth, body, 'VISIBLE'::"CommentStatus", at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::timestamp(3)[])
             AS t(id, article, author, parent, depth, body, at)`,
          columns(
            batch.comments,
            (c) => c.id,
            (c) => c.articleId,
            (c) => c.userId,
            (c) => c.parentId,
            (c) => c.depth,
            (c) => c.body,
            (c) => ts(c.createdAt),
          ),
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    async finish() {
      await connected;
      // What autovacuum would do shortly after a bulk load; done now so plans are stable straight away.
      await client.query(`ANALYZE "Article", "ArticleTag", "ArticleAuthor", "Comment", "Tag", "User"`);
    },
    async close() {
      await connected.catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

async function ensureSections(db: Database): Promise<string[]> {
  const existing = await db.section.findMany({ select: { id: true } });
  if (existing.length) return existing.map((s) => s.id);
  const data = ["world", "business", "science"].map((slug, position) => ({
    id: randomUUID(),
    slug,
    name: slug[0]!.toUpperCase() + slug.slice(1),
    position,
  }));
  await db.section.createMany({ data });
  return data.map((s) => s.id);
}

async function ensureSources(db: Database): Promise<string[]> {
  const existing = await db.source.findMany({ select: { id: true } });
  if (existing.length) return existing.map((s) => s.id);
  const data = [{ id: randomUUID(), slug: "wire", name: "The Wire Desk", homepage: "https://wire.example" }];
  await db.source.createMany({ data });
  return data.map((s) => s.id);
}

async function ensureTags(db: Database, runId: string): Promise<string[]> {
  const data = Array.from({ length: TAG_COUNT }, (_, i) => ({
    id: randomUUID(),
    slug: `topic-${runId}-${i}`,
    name: `Topic${runId}${i}`,
  }));
  await db.tag.createMany({ data });
  return data.map((t) => t.id);
}

async function ensureUsers(db: Database, runId: string): Promise<string[]> {
  const created = new Date(Date.now() - 800 * DAY);
  const data = Array.from({ length: USER_COUNT }, (_, i) => ({
    id: randomUUID(),
    email: `reader-${runId}-${i}@synthetic.example`,
    name: `Reader ${i}`,
    createdAt: created,
  }));
  await db.user.createMany({ data });
  return data.map((u) => u.id);
}
