/**
 * Comment posting throughput, in process, through lib/comments/mutations.createComment (every check a real post
 * makes: article, parent, per-user lock, rate limits, duplicates, moderation, insert). HTTP and rendering are
 * not included; the article page's cost with many comments is measured by the load scenarios.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/comment-throughput.ts [total] [concurrency]
 * Prints one JSON line: { posted, seconds, perSecond, p50Ms, p99Ms }.
 */

const total = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 50);

async function main() {
  const { db } = await import("../../lib/db");
  const { createComment } = await import("../../lib/comments/mutations");
  const article = await db.article.findFirstOrThrow({
    where: { status: "PUBLISHED", commentsOpen: true },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
  });
  const runId = Date.now().toString(36);
  const created = new Date(Date.now() - 3 * 86_400_000);
  const users = Array.from({ length: total }, (_, i) => ({
    id: `bench-${runId}-${i}`,
    email: `bench-${runId}-${i}@bench.invalid`,
    name: `Bench ${i}`,
    createdAt: created,
  }));
  await db.user.createMany({ data: users });

  const latencies: number[] = [];
  let next = 0;
  let posted = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const user = users[next++]!;
        const viewer = {
          ...user,
          role: "READER" as const,
          commentingDisabledAt: null,
          commentingDisabledReason: null,
          hasPassword: false,
        };
        const t0 = performance.now();
        const result = await createComment(viewer, {
          articleId: article.id,
          body: `Benchmark comment from ${user.name}.`,
        });
        latencies.push(performance.now() - t0);
        if (result.ok) posted++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  await db.comment.deleteMany({ where: { userId: { in: users.map((u) => u.id) } } });
  await db.user.deleteMany({ where: { id: { in: users.map((u) => u.id) } } });
  console.log(
    JSON.stringify({
      posted,
      seconds: Number(seconds.toFixed(2)),
      perSecond: Math.round(posted / seconds),
      p50Ms: Number(at(0.5).toFixed(1)),
      p99Ms: Number(at(0.99).toFixed(1)),
    }),
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
