/**
 * Every number that decides how articles group into stories, in one place (docs/adr/061-stories.md).
 * Pure (no server-only): the unit tests, the seed and the benchmark import it.
 *
 * Tuned on the labelled corpus tests/fixtures/outlets/corpus.json (the benchmark says so when it prints F1).
 */

/** A story takes new articles for this long after its newest one; older stories are never candidates. */
export const STORY_WINDOW_DAYS = 7;

/** At most this many candidate stories (the most recently updated in the window) are scored per article. */
export const MAX_CANDIDATE_STORIES = 400;

/** What an article is read from: its title counts this many times, then its opening words. */
export const TITLE_REPEAT = 2;
export const OPENING_WORDS = 80;

/** A story's profile keeps only its most frequent features, so it stays one small row however long the story. */
export const PROFILE_TERMS = 120;
export const PROFILE_ENTITIES = 40;
export const PROFILE_TAGS = 20;

/**
 * Inverse document frequencies come from the candidate stories themselves: a word every current story uses
 * ("council", "said") counts for little. The prior keeps the weights sane when there are only a few stories.
 */
export const IDF_PRIOR_STORIES = 8;

/** Weights of the parts of the similarity score; each part is between 0 and 1. */
export const WEIGHTS = {
  /** Cosine of TF-IDF vectors of title and opening text against the story's centroid. */
  text: 0.5,
  /** Share (IDF-weighted) of the article's named entities that the story mentions. */
  entities: 0.4,
  /** Share (IDF-weighted) of the article's tags the story has. */
  tags: 0.2,
  /** Subtracted in proportion to the gap since the story's newest article, over the window. */
  timeGap: 0.1,
} as const;

/** The score is multiplied by this when the article and the story both name people or places but share none. */
export const NO_SHARED_NAME_FACTOR = 0.5;

/** An article joins the best story scoring at least this; otherwise it starts a new story. */
export const JOIN_THRESHOLD = 0.28;

/** Whether a score is enough to join a story. */
export function isSameStory(score: number): boolean {
  return score >= JOIN_THRESHOLD;
}

/** The time part of the score: 0 for a story updated at the same moment, up to WEIGHTS.timeGap at the window's end. */
export function timePenalty(gapMs: number): number {
  const gapDays = Math.abs(gapMs) / 86_400_000;
  return WEIGHTS.timeGap * Math.min(1, gapDays / STORY_WINDOW_DAYS);
}

/** Whether a story updated `gapMs` before (or after) the article is still open to it. */
export function withinWindow(gapMs: number): boolean {
  return Math.abs(gapMs) <= STORY_WINDOW_DAYS * 86_400_000;
}

/** Stories with at least this many outlets are shown as a package on the home page. */
export const HOME_PACKAGE_MIN_OUTLETS = 3;

/** A story at least this similar to an article's own story is offered in its related sidebar ("similar stories"). */
export const SIMILAR_STORY_MIN_SCORE = 0.15;
