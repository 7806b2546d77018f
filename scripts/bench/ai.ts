/**
 * The AI panel's figures (issue 12), in process:
 *  - quality on the hand-made evaluation set (tests/fixtures/ai-eval), development and held-out halves apart:
 *    Ask top-1/top-3 accuracy, decline and false-answer rates on unanswerable questions, key-point sentence F1
 *    and ROUGE-1 against the human choices;
 *  - key-point computation time per article (render, split, rank) over a sample of the bench corpus;
 *  - Ask answer time on a 500-article story (the story's load from the database included): the first, cold
 *    question (every body read and analysed) apart, then p50/p95 over repeated questions.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/ai.ts [sample]
 * Prints one JSON line.
 */
import { selectKeyPoints } from "../../lib/ai/key-points";
import { sentencesFromHtml } from "../../lib/ai/body-sentences";
import { renderMarkdown } from "../../lib/markdown/render";
import { questions, scoreAsk, scoreKeyPoints } from "../../tests/fixtures/ai-eval/evaluate";

const SAMPLE = Number(process.argv[2] ?? 2000);
const STORY_SIZE = 500;
const RUNS = 5;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50Ms: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
};

async function main() {
  const { db } = await import("../../lib/db");
  const { answerFromStory } = await import("../../lib/ai/ask");
  const { loadArticlesById } = await import("../../lib/ai/story");

  const quality = Object.fromEntries(
    (["development", "held-out"] as const).map((split) => [
      split,
      {
        ask: scoreAsk(split),
        askSecondPass: scoreAsk(split, { secondPassOnly: true }),
        keyPoints: scoreKeyPoints(split),
        keyPointsSecondPass: scoreKeyPoints(split, { secondPassOnly: true }),
      },
    ]),
  );

  // Key points per article: an evenly spread sample of the whole corpus.
  const total = await db.article.count();
  const step = Math.max(1, Math.floor(total / SAMPLE));
  const keyPointTimes: number[] = [];
  for (let skip = 0; skip < total && keyPointTimes.length < SAMPLE; skip += step * 50) {
    const rows = await db.article.findMany({
      orderBy: { id: "asc" },
      skip,
      take: 50,
      select: { title: true, body: true },
    });
    for (const row of rows) {
      const started = performance.now();
      selectKeyPoints(sentencesFromHtml(renderMarkdown(row.body)), row.title);
      keyPointTimes.push(performance.now() - started);
    }
  }

  // Ask on a 500-article story: the newest 500 published articles, asked from the newest.
  const members = await db.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: STORY_SIZE,
    select: { id: true },
  });
  const ids = members.map((member) => member.id);
  const ask = async (question: string) => {
    const started = performance.now();
    const story = await loadArticlesById(ids);
    await answerFromStory(story.at(-1)!, story, question);
    return performance.now() - started;
  };
  const asked = [...questions.answerable, ...questions.unanswerable].slice(0, 20).map((q) => q.question);
  const coldMs = await ask(asked[0]!);
  const askTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) for (const question of asked) askTimes.push(await ask(question));

  console.log(
    JSON.stringify({
      quality,
      keyPoints: { articles: keyPointTimes.length, corpus: total, ...summary(keyPointTimes) },
      ask: { storyArticles: ids.length, coldMs: round(coldMs), runs: askTimes.length, ...summary(askTimes) },
    }),
  );
  await db.$disconnect();
}

await main();
