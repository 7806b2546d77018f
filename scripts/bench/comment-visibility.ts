/**
 * Comment-to-visible delay through the edge (scripts/bench/edge.mjs runs it while wrk loads the same page):
 * readers post comments through one instance, as a browser without JavaScript would, and the time from sending
 * each post until the edge's copy of the page shows it is recorded.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/comment-visibility.ts \
 *     <edge base> <instance base> <article path> [count]
 * Prints one JSON line: { count, p50Ms, p99Ms, maxMs, notSeen }.
 */
import { createPrismaClient } from "../../lib/db-client";
import { createUsers, findForm, request, submitForm } from "../lib/test-server";

const [edge, instance, articlePath, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 20);
/** Past this a comment counts as not seen (and as this long in the figures). */
const GIVE_UP_MS = 10_000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  if (!edge || !instance || !articlePath)
    throw new Error("usage: comment-visibility.ts <edge> <instance> <path>");
  const db = createPrismaClient();
  const delays: number[] = [];
  let notSeen = 0;
  try {
    // One comment per reader: the per-reader rate limits are not what this measures.
    const readers = await createUsers(db, count, { prefix: "bench-visibility" });
    const form = findForm((await request(`${instance}${articlePath}`)).body, "articleId");
    for (const [index, reader] of readers.entries()) {
      const body = `Bench visibility comment ${index} ${reader.id}.`;
      const sent = performance.now();
      const posted = await submitForm(instance, articlePath, form, {
        cookie: reader.cookie,
        values: { body },
      });
      if (posted.status !== 303) throw new Error(`posting answered ${posted.status}`);
      let seenAfter = GIVE_UP_MS;
      while (performance.now() - sent < GIVE_UP_MS) {
        if ((await request(`${edge}${articlePath}`)).body.includes(body)) {
          seenAfter = performance.now() - sent;
          break;
        }
      }
      if (seenAfter === GIVE_UP_MS) notSeen++;
      delays.push(seenAfter);
    }
  } finally {
    await db.$disconnect();
  }
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      count,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1),
      notSeen,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
