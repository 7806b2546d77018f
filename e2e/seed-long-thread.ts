/**
 * Run by scripts/e2e-server.mjs after the demo seed: gives one article more top-level comments than fit
 * on a page (COMMENTS_PAGE_SIZE is 20), so the comments page's sort and "Load more" links can be tested.
 * The demo corpus has at most a handful of comments per article.
 */
import { createPrismaClient } from "../lib/db-client";
import { LONG_THREAD, LONG_THREAD_SLUG } from "./corpus";

const HOUR = 3_600_000;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !url.includes("e2e"))
    throw new Error(`Refusing to add test comments to ${url ?? "the default database"}.`);
  const db = createPrismaClient(url);
  try {
    const article = await db.article.findUniqueOrThrow({
      where: { slug: LONG_THREAD_SLUG },
      select: { id: true },
    });
    const readers = await db.user.findMany({
      where: { role: "READER" },
      select: { id: true },
      orderBy: { email: "asc" },
    });
    const now = Date.now();
    for (let i = 0; i < LONG_THREAD.topLevel; i++) {
      // Comment #1 is the oldest; each later one is an hour newer.
      const createdAt = new Date(now - (LONG_THREAD.topLevel - i) * HOUR);
      const root = await db.comment.create({
        data: {
          articleId: article.id,
          userId: readers[i % readers.length]!.id,
          body: LONG_THREAD.body(i + 1),
          createdAt,
        },
        select: { id: true },
      });
      // One thread in the middle gets replies, so "Most replies" has a clear winner.
      if (i + 1 === LONG_THREAD.mostRepliedNumber) {
        const replyIds: string[] = [];
        for (let r = 0; r < LONG_THREAD.mostRepliedReplies; r++) {
          const nested = r + 1 === LONG_THREAD.nestedReply.number;
          const reply = await db.comment.create({
            data: {
              articleId: article.id,
              userId: readers[(i + r + 1) % readers.length]!.id,
              parentId: nested ? replyIds[LONG_THREAD.nestedReply.answers - 1]! : root.id,
              rootId: root.id,
              depth: nested ? 2 : 1,
              body: `Reply ${r + 1} to comment ${i + 1}.`,
              // A minute apart: all within the hour before the next comment.
              createdAt: new Date(createdAt.getTime() + (r + 1) * 60_000),
            },
            select: { id: true },
          });
          replyIds.push(reply.id);
        }
      }
    }
    console.log(`Added ${LONG_THREAD.topLevel} test comments to ${LONG_THREAD_SLUG}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
