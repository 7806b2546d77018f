/**
 * Readers hammering pages while a writer writes, and the check that no reader was handed a page older than a
 * write acknowledged before its request started. Shared by the server tests (scripts/server-tests) and the
 * cache benchmark (scripts/bench/cache-race.mjs). Times are clock() values from scripts/lib/test-server.ts,
 * all taken in this process: a request "started after an acknowledgment" was sent after the write's response
 * had been read to the end, so the server had finished the write (and its invalidation) before seeing it.
 */
import http from "node:http";

import { clock, request } from "./test-server";

export type ReaderSample<T> = {
  path: string;
  status: number;
  startedAt: number;
  endedAt: number;
  /** What the check needs from the body (never the body itself: thousands of pages would not fit). */
  seen: T;
  location?: string;
  error?: string;
};

/**
 * `concurrency` readers, each requesting `paths` in turn (starting at a different one) without cookies, on
 * keep-alive connections, until `stop()`; then resolves with every response.
 */
export function startReaders<T>(
  base: string,
  {
    paths,
    concurrency,
    extract,
  }: {
    paths: string[];
    concurrency: number;
    extract: (body: string, path: string, status: number, headers: http.IncomingHttpHeaders) => T;
  },
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const samples: ReaderSample<T>[] = [];
  let stopped = false;
  const loops = Array.from({ length: concurrency }, async (_, reader) => {
    for (let n = reader; !stopped; n++) {
      const path = paths[n % paths.length]!;
      const startedAt = clock();
      try {
        const response = await request(base + path, { agent });
        samples.push({
          path,
          status: response.status,
          startedAt: response.startedAt,
          endedAt: response.endedAt,
          seen: extract(response.body, path, response.status, response.headers),
          location: response.headers.location,
        });
      } catch (error) {
        samples.push({
          path,
          status: 0,
          startedAt,
          endedAt: clock(),
          seen: extract("", path, 0, {}),
          error: (error as Error).message,
        });
      }
    }
  });
  return {
    count: () => samples.length,
    /** The responses so far (the live list: read it, do not keep it). */
    progress: () => samples as readonly ReaderSample<T>[],
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      agent.destroy();
      return samples;
    },
  };
}

/** Indices of the markers `<prefix><n>` in a page (comment bodies the writer posted, in order). */
export function markerIndices(body: string, prefix: string): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)\\b`, "g");
  for (const match of body.matchAll(pattern)) found.add(Number(match[1]));
  return [...found].sort((a, b) => a - b);
}

export type Write = { index: number; sentAt: number; ackAt: number };

/** How many writes had been acknowledged before `at` (writes are sequential, so acknowledgments ascend). */
export function acknowledgedBefore(writes: Write[], at: number): number {
  let low = 0;
  let high = writes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (writes[mid]!.ackAt < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export type CommentViolation = { comment: number; requestStartedAfterAckMs: number; path: string };

/**
 * Comments posted one after another, and pages that show the `pageSize` newest comments (the article page's
 * first page of threads). A violation: a request that started after comment i was acknowledged, and whose
 * page lacks comment i although fewer than `pageSize` newer comments pushed it off the page.
 */
export function commentViolations(
  writes: Write[],
  samples: ReaderSample<number[]>[],
  pageSize: number,
): { violations: CommentViolation[]; violatingRequests: number } {
  const violations: CommentViolation[] = [];
  let violatingRequests = 0;
  for (const sample of samples) {
    if (sample.status !== 200) continue; // statuses are asserted on their own
    const acknowledged = acknowledgedBefore(writes, sample.startedAt);
    const seen = new Set(sample.seen);
    let newerShown = sample.seen.filter((index) => index >= acknowledged).length;
    let violated = false;
    for (let i = acknowledged - 1; i >= 0 && newerShown < pageSize; i--) {
      if (seen.has(i)) {
        newerShown++;
        continue;
      }
      violated = true;
      violations.push({
        comment: i,
        requestStartedAfterAckMs: sample.startedAt - writes[i]!.ackAt,
        path: sample.path,
      });
    }
    if (violated) violatingRequests++;
  }
  return { violations, violatingRequests };
}

export type Toggle = Write & { story: number; published: boolean };

export type ToggleViolation = {
  toggle: number;
  story: number;
  expectedPublished: boolean;
  requestStartedAfterAckMs: number;
};

/**
 * Stories published and unpublished one toggle after another, and pages that list every published story.
 * For each story, a request that started after a toggle's acknowledgment must show the state it set, unless
 * the story's next toggle was already sent before the response ended (then either state is right). `shown`
 * is, per sample, which stories the page lists.
 */
export function toggleViolations(
  toggles: Toggle[],
  samples: ReaderSample<boolean[]>[],
  stories: number,
  initiallyPublished = false,
): { violations: ToggleViolation[]; violatingRequests: number; excused: number } {
  const violations: ToggleViolation[] = [];
  let violatingRequests = 0;
  let excused = 0;
  for (const sample of samples) {
    if (sample.status !== 200) continue;
    const acknowledged = acknowledgedBefore(toggles, sample.startedAt);
    let violated = false;
    for (let story = 0; story < stories; story++) {
      let last = -1;
      for (let t = acknowledged - 1; t >= 0; t--)
        if (toggles[t]!.story === story) {
          last = t;
          break;
        }
      const expected = last === -1 ? initiallyPublished : toggles[last]!.published;
      if (sample.seen[story] === expected) continue;
      const next = toggles.find((toggle, t) => t > last && toggle.story === story);
      if (next && next.sentAt < sample.endedAt) {
        excused++;
        continue;
      }
      violated = true;
      violations.push({
        toggle: last,
        story,
        expectedPublished: expected,
        requestStartedAfterAckMs: last === -1 ? NaN : sample.startedAt - toggles[last]!.ackAt,
      });
    }
    if (violated) violatingRequests++;
  }
  return { violations, violatingRequests, excused };
}
