import "server-only";

import { LRUCache } from "lru-cache";

import { renderMarkdown } from "../markdown";
import { poolSentence, type PoolSentence } from "./answer";
import { sentencesFromHtml, type BodySentence } from "./body-sentences";

export type ArticleAnalysis = { sentences: BodySentence[]; pool: PoolSentence[] };

/**
 * Sentences, words and cues of an article body, kept in process by id and edit time: an Ask over a 500-article
 * story must not render and split 500 bodies per question. A new edit has a new time, so nothing goes stale.
 */
const analyses = new LRUCache<string, ArticleAnalysis>({ max: 5_000 });

const analysisKey = (article: { id: string; updatedAt: Date }) =>
  `${article.id}:${article.updatedAt.getTime()}`;

export function cachedAnalysis(article: { id: string; updatedAt: Date }): ArticleAnalysis | undefined {
  return analyses.get(analysisKey(article));
}

export function analyseArticle(article: { id: string; updatedAt: Date; body: string }): ArticleAnalysis {
  const key = analysisKey(article);
  const cached = analyses.get(key);
  if (cached) return cached;
  const sentences = sentencesFromHtml(renderMarkdown(article.body));
  const analysis = { sentences, pool: sentences.map((sentence) => poolSentence(article.id, sentence)) };
  analyses.set(key, analysis);
  return analysis;
}
