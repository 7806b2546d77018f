// The stories figures for `npm run bench` (issue 11): clustering quality on the labelled outlet corpus, the related
// sidebar's precision@5, assignment time on the 100k corpus and the story page for a story of 500 articles.
// The helpers themselves are scripts/bench/stories.ts.
import { waitForQuiet } from "./proc.mjs";

export const STORY_TARGETS = { bCubedF1: 0.9, assignP95Ms: 50 };

const pct = (value) => `${(value * 100).toFixed(1)}%`;
const verdict = (met) => (met ? "met" : "MISSED");

/** Runs the quality helper once (its own SQLite database) and the timing helper on `url`. */
export async function benchStories(
  provider,
  url,
  runBenchHelper,
  { quality = true, maxWaitMs = 120_000 } = {},
) {
  console.log(
    `• ${provider}: stories (assignment time on the bench corpus${quality ? ", clustering quality" : ""})`,
  );
  // Timings are only worth reading on a quiet machine: wait for other processes to leave the CPU, as search does.
  const othersBeforeCores = await waitForQuiet({ timeoutMs: maxWaitMs, log: console.log });
  const result = {
    othersBeforeCores,
    timing: JSON.parse(runBenchHelper("stories.ts", url, ["timing", "200"])),
  };
  if (quality) result.quality = JSON.parse(runBenchHelper("stories.ts", url, ["quality"]));
  result.verdicts = {
    ...(result.quality && {
      bCubedF1: {
        target: `B-cubed F1 ≥ ${STORY_TARGETS.bCubedF1}`,
        value: result.quality.bCubed.f1,
        met: result.quality.bCubed.f1 >= STORY_TARGETS.bCubedF1,
      },
    }),
    assignP95: {
      target: `p95 ≤ ${STORY_TARGETS.assignP95Ms} ms`,
      value: result.timing.p95Ms,
      met: result.timing.p95Ms <= STORY_TARGETS.assignP95Ms,
    },
  };
  return result;
}

export function printStories(provider, stories) {
  console.log(`\n== ${provider} — stories ==`);
  const { quality, timing, verdicts } = stories;
  if (quality) {
    console.log(
      `clustering of ${quality.articles} articles (${quality.goldStories} gold stories, ${quality.outlets} outlets) into ${quality.predictedStories} stories`,
    );
    console.log(
      `  B-cubed P ${pct(quality.bCubed.precision)} R ${pct(quality.bCubed.recall)} F1 ${quality.bCubed.f1.toFixed(3)} — target ${verdicts.bCubedF1.target}: ${verdict(verdicts.bCubedF1.met)}`,
    );
    console.log(
      `  pairwise P ${pct(quality.pairwise.precision)} R ${pct(quality.pairwise.recall)} F1 ${quality.pairwise.f1.toFixed(3)}`,
    );
    console.log(`  related sidebar precision@5: ${quality.relatedPrecisionAt5.toFixed(3)}`);
    console.log(
      `  demo seed's hand-written stories (${quality.demoSeed.articles} articles): B-cubed P ${pct(quality.demoSeed.bCubed.precision)} R ${pct(quality.demoSeed.bCubed.recall)} F1 ${quality.demoSeed.bCubed.f1.toFixed(3)}`,
    );
    console.log(
      "  (thresholds were tuned on the outlet corpus, checked against the demo seed: neither is held out)",
    );
  }
  console.log(
    `assignment on the ${provider} bench corpus (other processes used ${stories.othersBeforeCores.toFixed(2)} cores when it started): p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms, max ${timing.maxMs} ms over ${timing.assigned} articles, ${timing.storiesInWindow} stories in the window — target ${verdicts.assignP95.target}: ${verdict(verdicts.assignP95.met)}`,
  );
  console.log(
    `story page (500 articles), data + markup, uncached: p50 ${timing.storyPage500.p50Ms} ms, p95 ${timing.storyPage500.p95Ms} ms`,
  );
}
