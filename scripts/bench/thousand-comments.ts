/**
 * Gives one synthetic article exactly 1,000 visible comments (20 threads of 1 + 49 replies; the article page
 * shows each thread's first replies) for the "article with 1,000 comments" load scenario. Idempotent; prints the article's slug.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/thousand-comments.ts
 */
import { createPrismaClient } from "../../lib/db-client";

const THREADS = 20;
const REPLIES_PER_THREAD = 49;

async function main() {
  const db = createPrismaClient();
  try {
    const article = await db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", slug: { startsWith: "synthetic-" } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, publishedAt: true },
    });
    const existing = await db.comment.count({
      where: { articleId: article.id, body: { startsWith: "Thousand-comment thread" } },
    });
    if (existing < THREADS * (1 + REPLIES_PER_THREAD)) {
      await db.comment.deleteMany({ where: { articleId: article.id } });
      const users = await db.user.findMany({ take: 50, select: { id: true } });
      const base = (article.publishedAt ?? new Date()).getTime();
      for (let thread = 0; thread < THREADS; thread++) {
        const root = await db.comment.create({
          data: {
            articleId: article.id,
            userId: users[thread % users.length]!.id,
            body: `Thousand-comment thread ${thread}: an opening remark of ordinary length for a reader's comment.`,
            createdAt: new Date(base + thread * 60_000),
          },
          select: { id: true },
        });
        await db.comment.createMany({
          data: Array.from({ length: REPLIES_PER_THREAD }, (_, reply) => ({
            articleId: article.id,
            userId: users[(thread + reply + 1) % users.length]!.id,
            parentId: root.id,
            rootId: root.id,
            depth: 1,
            body: `Thousand-comment thread ${thread}, reply ${reply}: a reply that agrees, disagrees or adds a link.`,
            createdAt: new Date(base + thread * 60_000 + (reply + 1) * 1000),
          })),
        });
      }
    }
    console.log(article.slug);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
