/**
 * The assignment rule run over a list of articles in memory, in publication order: what the database assignment
 * (assign.ts) does one article at a time. Pure; used by unit tests and to tune thresholds quickly.
 */
import { emptyProfile, withArticle } from "./profile";
import { chooseStory, type CandidateStory } from "./similarity";
import type { ArticleFeatures } from "./text";

export type ClusterInput = { id: string; publishedAt: Date; features: ArticleFeatures };

/** Article id → story key ("s1", "s2", …). */
export function clusterInOrder(articles: ClusterInput[]): Map<string, string> {
  const stories: CandidateStory[] = [];
  const assigned = new Map<string, string>();
  const ordered = [...articles].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  for (const article of ordered) {
    let story = chooseStory(article.features, article.publishedAt, stories);
    if (!story) {
      story = { id: `s${stories.length + 1}`, lastPublishedAt: article.publishedAt, profile: emptyProfile() };
      stories.push(story);
    }
    story.profile = withArticle(story.profile, article.features);
    if (article.publishedAt > story.lastPublishedAt) story.lastPublishedAt = article.publishedAt;
    assigned.set(article.id, story.id);
  }
  return assigned;
}
