import { randomUUID } from "node:crypto";

import { SingleBar, Presets } from "cli-progress";

import type { Database } from "../../lib/db-client";

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

/**
 * Adds `count` synthetic published articles, each with three tags and ~10 comments, for scale tests.
 * Rows go in batches inside per-batch transactions; a progress bar shows how far it is.
 */
export async function seedSynthetic(db: Database, count: number): Promise<void> {
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

  const bar = new SingleBar({ format: "synthetic |{bar}| {value}/{total} articles | {eta_formatted} left" }, Presets.shades_classic);
  bar.start(count, 0);
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;

  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset);
    const articles = [];
    const articleTags = [];
    const articleAuthors = [];
    const comments = [];
    for (let i = 0; i < size; i++) {
      const n = offset + i;
      const id = randomUUID();
      // Older than the demo corpus: spread over the two years before it.
      const publishedAt = new Date(started - 30 * DAY - random() * 730 * DAY);
      const title = sentence(random, 8).slice(0, -1);
      articles.push({
        id,
        slug: `synthetic-${runId}-${n}`,
        title,
        dek: sentence(random, 16),
        body: Array.from({ length: 6 }, () => sentence(random, 40)).join("\n\n"),
        excerpt: sentence(random, 30),
        status: "PUBLISHED" as const,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        sectionId: pick(section),
        sourceId: pick(sources),
      });
      const chosenTags = new Set<string>();
      while (chosenTags.size < 3) chosenTags.add(pick(tagIds));
      for (const tagId of chosenTags) articleTags.push({ articleId: id, tagId });
      articleAuthors.push({ articleId: id, authorId: pick(authorIds), position: 0 });

      const roots: string[] = [];
      for (let c = 0; c < COMMENTS_PER_ARTICLE; c++) {
        const commentId = randomUUID();
        const parentId = c >= 7 && roots.length ? pick(roots) : null;
        comments.push({
          id: commentId,
          articleId: id,
          userId: pick(userIds),
          parentId,
          rootId: parentId,
          depth: parentId ? 1 : 0,
          body: sentence(random, 12 + Math.floor(random() * 30)),
          createdAt: new Date(publishedAt.getTime() + (c + 1) * 600_000),
        });
        if (!parentId) roots.push(commentId);
      }
    }
    await db.$transaction([
      db.article.createMany({ data: articles }),
      db.articleTag.createMany({ data: articleTags }),
      db.articleAuthor.createMany({ data: articleAuthors }),
      db.comment.createMany({ data: comments }),
    ]);
    bar.update(offset + size);
  }
  bar.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Added ${count} synthetic articles, ${count * 3} tag links and ${count * COMMENTS_PER_ARTICLE} comments in ${seconds}s.`);
}

async function ensureSections(db: Database): Promise<string[]> {
  const existing = await db.section.findMany({ select: { id: true } });
  if (existing.length) return existing.map((s) => s.id);
  const data = ["world", "business", "science"].map((slug, position) => ({ id: randomUUID(), slug, name: slug[0]!.toUpperCase() + slug.slice(1), position }));
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
  const data = Array.from({ length: TAG_COUNT }, (_, i) => ({ id: randomUUID(), slug: `topic-${runId}-${i}`, name: `Topic${runId}${i}` }));
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
