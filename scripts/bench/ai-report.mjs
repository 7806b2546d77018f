// The AI panel's figures (scripts/bench/ai.ts) beside their targets (issue 12), for scripts/bench.mjs.

export const AI_TARGETS = { top3: 0.85, falseAnswerRate: 0.1, keyPointF1: 0.5, askP95Ms: 100 };

const pct = (value) => `${(value * 100).toFixed(1)} %`;
const verdict = (met) => (met ? "met" : "MISSED");

/** Prints the figures with each target and whether it is met; returns the verdicts. */
export function printAi(provider, ai) {
  console.log(`\n== ${provider} — AI panel (in process; evaluation set tests/fixtures/ai-eval) ==`);
  const verdicts = {};
  for (const [split, quality] of Object.entries(ai.quality)) {
    const { ask, askSecondPass, keyPoints, keyPointsSecondPass: second } = quality;
    const met = {
      top3: ask.top3 >= AI_TARGETS.top3,
      falseAnswers: ask.falseAnswerRate <= AI_TARGETS.falseAnswerRate,
      keyPoints: keyPoints.sentenceF1 >= AI_TARGETS.keyPointF1,
    };
    verdicts[split] = met;
    console.log(
      `${split}: Ask top-1 ${pct(ask.top1)}, top-3 ${pct(ask.top3)} (target ≥ ${pct(AI_TARGETS.top3)}: ${verdict(met.top3)}) over ${ask.answerable} questions, ${pct(ask.wronglyDeclined)} of them declined`,
    );
    console.log(
      `${split}: unanswerable (${ask.unanswerable}): declined ${pct(ask.declineRate)}, false answers ${pct(ask.falseAnswerRate)} (target ≤ ${pct(AI_TARGETS.falseAnswerRate)}: ${verdict(met.falseAnswers)})`,
    );
    if (askSecondPass?.answerable)
      console.log(
        `${split}: of which the second pass (${askSecondPass.answerable} answerable, ${askSecondPass.unanswerable} unanswerable${split === "held-out" ? ", first scored blind" : ""}): top-1 ${pct(askSecondPass.top1)}, top-3 ${pct(askSecondPass.top3)}, ${pct(askSecondPass.wronglyDeclined)} declined; false answers ${pct(askSecondPass.falseAnswerRate)}`,
      );
    console.log(
      `${split}: key points vs human (${keyPoints.articles} articles): sentence F1 ${keyPoints.sentenceF1.toFixed(2)} (target ≥ ${AI_TARGETS.keyPointF1}: ${verdict(met.keyPoints)}), ROUGE-1 F ${keyPoints.rouge1.toFixed(2)}`,
    );
    if (second?.articles)
      console.log(
        `${split}: of which the second annotation pass (${second.articles} articles${split === "held-out" ? ", first scored blind" : ""}): sentence F1 ${second.sentenceF1.toFixed(2)}, ROUGE-1 F ${second.rouge1.toFixed(2)}`,
      );
  }
  const kp = ai.keyPoints;
  console.log(
    `key points per article (${kp.articles} of ${kp.corpus}): p50 ${kp.p50Ms} ms, p95 ${kp.p95Ms} ms, max ${kp.maxMs} ms`,
  );
  const ask = ai.ask;
  verdicts.askP95 = ask.p95Ms <= AI_TARGETS.askP95Ms;
  console.log(
    `Ask on a ${ask.storyArticles}-article story: first (cold) question ${ask.coldMs} ms; then p50 ${ask.p50Ms} ms, p95 ${ask.p95Ms} ms over ${ask.runs} questions (target p95 ≤ ${AI_TARGETS.askP95Ms} ms: ${verdict(verdicts.askP95)})`,
  );
  return verdicts;
}
