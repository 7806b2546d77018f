/**
 * How close an article is to each candidate story, and which story it joins. Pure (no server-only): the database
 * assignment (assign.ts), the unit tests and the benchmark's in-memory run share it.
 */
import type { StoryProfile } from "./profile";
import type { ArticleFeatures } from "./text";
import {
  IDF_PRIOR_STORIES,
  isSameStory,
  NO_SHARED_NAME_FACTOR,
  timePenalty,
  WEIGHTS,
  withinWindow,
} from "./thresholds";

export type CandidateStory = { id: string; lastPublishedAt: Date; profile: StoryProfile };

export type StoryScore = { text: number; entities: number; tags: number; penalty: number; total: number };

/** Inverse document frequency of each key over the candidate stories (each story is one document). */
export function storyIdf(
  candidates: CandidateStory[],
  pick: (profile: StoryProfile) => Record<string, number>,
): (key: string) => number {
  const df = new Map<string, number>();
  for (const candidate of candidates)
    for (const key of Object.keys(pick(candidate.profile))) df.set(key, (df.get(key) ?? 0) + 1);
  const stories = candidates.length + IDF_PRIOR_STORIES;
  // Memoised: a story's norm asks for every one of its terms, and most terms recur across candidates.
  const idf = new Map<string, number>();
  return (key) => {
    let value = idf.get(key);
    if (value === undefined) {
      value = Math.log(1 + stories / (1 + (df.get(key) ?? 0)));
      idf.set(key, value);
    }
    return value;
  };
}

/** Whether the story shares any word or name with the article; if not, its text and name scores are 0. */
function overlaps(features: ArticleFeatures, profile: StoryProfile): boolean {
  for (const term of features.terms.keys()) if (profile.terms[term]) return true;
  for (const entity of features.entities) if (profile.entities[entity]) return true;
  return false;
}

function cosine(
  article: Map<string, number>,
  story: Record<string, number>,
  idf: (key: string) => number,
  storyNorm: number,
): number {
  let dot = 0;
  let articleNorm = 0;
  for (const [term, count] of article) {
    const weight = count * idf(term);
    articleNorm += weight * weight;
    const storyCount = story[term];
    if (storyCount) dot += weight * storyCount * idf(term);
  }
  return articleNorm && storyNorm ? dot / (Math.sqrt(articleNorm) * storyNorm) : 0;
}

function norm(story: Record<string, number>, idf: (key: string) => number): number {
  let sum = 0;
  for (const [term, count] of Object.entries(story)) sum += (count * idf(term)) ** 2;
  return Math.sqrt(sum);
}

/** The IDF-weighted share of the article's entities (or tags) that the story also has. */
function weightedOverlap(
  article: Iterable<string>,
  story: Record<string, number>,
  idf: (key: string) => number,
): number {
  let shared = 0;
  let total = 0;
  for (const entity of article) {
    const weight = idf(entity);
    total += weight;
    if (story[entity]) shared += weight;
  }
  return total ? shared / total : 0;
}

/** Scores the article against every candidate in the window; best first. */
export function scoreStories(
  features: ArticleFeatures,
  publishedAt: Date,
  candidates: CandidateStory[],
): { story: CandidateStory; score: StoryScore }[] {
  const open = candidates.filter((story) =>
    withinWindow(publishedAt.getTime() - story.lastPublishedAt.getTime()),
  );
  const termIdf = storyIdf(open, (profile) => profile.terms);
  const entityIdf = storyIdf(open, (profile) => profile.entities);
  // A tag every current story has ("politics") says little; a tag for this event says a lot.
  const tagIdf = storyIdf(open, (profile) => profile.tags);
  return open
    .map((story) => {
      // Skip the story's norm (its most costly part) when nothing is shared: the cosine is 0 either way.
      const text = overlaps(features, story.profile)
        ? cosine(features.terms, story.profile.terms, termIdf, norm(story.profile.terms, termIdf))
        : 0;
      const entities = weightedOverlap(features.entities, story.profile.entities, entityIdf);
      const tags = weightedOverlap(features.tags, story.profile.tags, tagIdf);
      const penalty = timePenalty(publishedAt.getTime() - story.lastPublishedAt.getTime());
      // Two reports that name nothing in common are about different events, however alike their wording (two
      // floods in two towns): without a shared name the score cannot reach the threshold.
      const namesDiffer =
        features.entities.size > 0 && Object.keys(story.profile.entities).length > 0 && entities === 0;
      const total =
        (WEIGHTS.text * text + WEIGHTS.entities * entities + WEIGHTS.tags * tags - penalty) *
        (namesDiffer ? NO_SHARED_NAME_FACTOR : 1);
      return { story, score: { text, entities, tags, penalty, total } };
    })
    .sort((a, b) => b.score.total - a.score.total);
}

/** The story the article joins, or null when none is close enough (it then starts a new one). */
export function chooseStory(
  features: ArticleFeatures,
  publishedAt: Date,
  candidates: CandidateStory[],
): CandidateStory | null {
  const [best] = scoreStories(features, publishedAt, candidates);
  return best && isSameStory(best.score.total) ? best.story : null;
}
