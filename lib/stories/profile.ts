/**
 * A story's profile: the summed features of its published articles (a centroid, unnormalised), capped to the
 * most frequent so it stays one small JSON column on Story. Pure (no server-only).
 */
import type { ArticleFeatures } from "./text";
import { PROFILE_ENTITIES, PROFILE_TAGS, PROFILE_TERMS } from "./thresholds";

export type StoryProfile = {
  /** Articles summed in. */
  n: number;
  terms: Record<string, number>;
  entities: Record<string, number>;
  tags: Record<string, number>;
};

export const emptyProfile = (): StoryProfile => ({ n: 0, terms: {}, entities: {}, tags: {} });

export function parseProfile(json: string): StoryProfile {
  if (!json) return emptyProfile();
  try {
    const parsed = JSON.parse(json) as Partial<StoryProfile>;
    return {
      n: parsed.n ?? 0,
      terms: parsed.terms ?? {},
      entities: parsed.entities ?? {},
      tags: parsed.tags ?? {},
    };
  } catch {
    return emptyProfile();
  }
}

function capped(counts: Record<string, number>, limit: number): Record<string, number> {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  if (entries.length <= limit) return Object.fromEntries(entries);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, limit));
}

function addCounts(into: Record<string, number>, from: Iterable<[string, number]>, sign: 1 | -1) {
  for (const [key, count] of from) into[key] = (into[key] ?? 0) + sign * count;
}

/** The profile with one article's features added (sign 1) or taken away (sign -1), capped again. */
export function withArticle(
  profile: StoryProfile,
  features: ArticleFeatures,
  sign: 1 | -1 = 1,
): StoryProfile {
  const terms = { ...profile.terms };
  const entities = { ...profile.entities };
  const tags = { ...profile.tags };
  addCounts(terms, features.terms, sign);
  addCounts(
    entities,
    [...features.entities].map((entity) => [entity, 1] as [string, number]),
    sign,
  );
  addCounts(
    tags,
    features.tags.map((tag) => [tag, 1] as [string, number]),
    sign,
  );
  return {
    n: Math.max(0, profile.n + sign),
    terms: capped(terms, PROFILE_TERMS),
    entities: capped(entities, PROFILE_ENTITIES),
    tags: capped(tags, PROFILE_TAGS),
  };
}

/** The profile of a whole set of articles (a new story, a merge, a split). */
export function profileOf(articles: ArticleFeatures[]): StoryProfile {
  const terms: Record<string, number> = {};
  const entities: Record<string, number> = {};
  const tags: Record<string, number> = {};
  for (const features of articles) {
    addCounts(terms, features.terms, 1);
    addCounts(
      entities,
      [...features.entities].map((entity) => [entity, 1] as [string, number]),
      1,
    );
    addCounts(
      tags,
      features.tags.map((tag) => [tag, 1] as [string, number]),
      1,
    );
  }
  return {
    n: articles.length,
    terms: capped(terms, PROFILE_TERMS),
    entities: capped(entities, PROFILE_ENTITIES),
    tags: capped(tags, PROFILE_TAGS),
  };
}
