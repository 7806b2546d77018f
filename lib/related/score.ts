/** Scoring for related articles. Pure and swappable: a better engine only has to replace rankRelated. */

export type RelatedCandidate = {
  id: string;
  sectionId: string;
  tagIds: string[];
  publishedAt: Date;
};

export type RelatedTarget = RelatedCandidate;

export const RELATED_LIMIT = 6;

const SHARED_TAG_WEIGHT = 3;
const SAME_SECTION_WEIGHT = 1.5;
const RECENCY_WEIGHT = 2;
const RECENCY_HALF_LIFE_DAYS = 7;

export function relatedScore(target: RelatedTarget, candidate: RelatedCandidate): number {
  const targetTags = new Set(target.tagIds);
  const sharedTags = candidate.tagIds.filter((tagId) => targetTags.has(tagId)).length;
  const sameSection = candidate.sectionId === target.sectionId ? 1 : 0;
  // Closeness in time to the target story, so an old story's related list stays about its own moment.
  const daysApart = Math.abs(target.publishedAt.getTime() - candidate.publishedAt.getTime()) / 86_400_000;
  const recency = Math.pow(0.5, daysApart / RECENCY_HALF_LIFE_DAYS);
  return sharedTags * SHARED_TAG_WEIGHT + sameSection * SAME_SECTION_WEIGHT + recency * RECENCY_WEIGHT;
}

/**
 * `pinned` first, in the order given (the editor's pins, then the same story's coverage: lib/related/index.ts),
 * then the rest by score, newest first on ties.
 * The target itself and duplicates never appear.
 */
export function rankRelated<T extends RelatedCandidate>(
  target: RelatedTarget,
  pinned: T[],
  candidates: T[],
  limit = RELATED_LIMIT,
): T[] {
  const seen = new Set<string>([target.id]);
  const result: T[] = [];
  for (const article of pinned) {
    if (result.length >= limit) break;
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    result.push(article);
  }
  const scored = candidates
    .filter((candidate) => !seen.has(candidate.id))
    .map((candidate) => ({ candidate, score: relatedScore(target, candidate) }))
    .sort(
      (a, b) => b.score - a.score || b.candidate.publishedAt.getTime() - a.candidate.publishedAt.getTime(),
    );
  for (const { candidate } of scored) {
    if (result.length >= limit) break;
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    result.push(candidate);
  }
  return result;
}
