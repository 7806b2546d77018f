/**
 * `npm run fuzz`: junk requests against a running server; fails if any answer is a 5xx (or no answer).
 *
 *   npm run fuzz -- --url http://localhost:3000 [--count 10000] [--seed 20261127] [--concurrency 4] [--dist .next]
 *
 * The same seed sends the same requests in the same order. --dist points at the server's build, whose
 * manifest lists the real server action ids (default .next; without it, action ids are random).
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

import { DEFAULT_SEED, formatTally, fuzzContext, runFuzz } from "./fuzz/run";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    concurrency: { type: "string", default: "4" },
    dist: { type: "string", default: ".next" },
  },
});

const baseUrl = new URL(values.url);
const count = Number(values.count);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !Number.isInteger(concurrency)) {
  console.error("--count, --seed and --concurrency must be whole numbers.");
  process.exit(2);
}

const context = await fuzzContext(baseUrl, existsSync(values.dist) ? values.dist : undefined);
console.log(
  `Fuzzing ${baseUrl.origin}: ${count} requests, seed ${seed}, ${context.routes.length} routes, ` +
    `${context.actionIds.length} action ids${context.actionIds.length ? "" : ` (no build at ${values.dist})`}.`,
);
const started = Date.now();
const tally = await runFuzz({
  baseUrl,
  context,
  count,
  seed,
  concurrency,
  onProgress: (done) => {
    if (done % 1000 === 0) console.log(`  ${done} sent…`);
  },
});
console.log(formatTally(tally));
console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(tally.failures.length === 0 ? 0 : 1);
