/**
 * The fuzzer (scripts/fuzz) against the e2e server: a few thousand junk requests from a fixed seed (junk path
 * segments in every route of app/, junk query parameters, junk headers, server-action posts with junk bodies),
 * and not one 5xx. `npm run fuzz` runs more of the same against any running server.
 */
import { DEFAULT_SEED, formatTally, fuzzContext, runFuzz } from "../scripts/fuzz/run";
import { expect, test } from "./users";

const COUNT = 2_500;

test("junk requests get a 4xx (or an ordinary answer), never a 5xx", async ({ baseURL }) => {
  test.setTimeout(10 * 60_000);
  const base = new URL(baseURL!);
  const tally = await runFuzz({
    baseUrl: base,
    context: await fuzzContext(base, ".next-e2e"),
    count: COUNT,
    seed: DEFAULT_SEED,
    concurrency: 3,
  });
  console.log(formatTally(tally));
  expect(tally.total).toBe(COUNT);
  expect(
    tally.failures.map(
      (failure) =>
        `${failure.status} ${failure.request.method} ${failure.request.path.slice(0, 200)} [${failure.request.label}]`,
    ),
  ).toEqual([]);
});
