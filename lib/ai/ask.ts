import "server-only";

import { consume } from "../rate-limit";
import { answerQuestion } from "./answer";
import { getKeyPoints } from "./key-points-store";
import { MAX_QUESTION_LENGTH, type AskView, type QuoteView } from "./limits";
import { indexArticles, loadStoryArticles, type PoolArticle } from "./story";
import { contentTerms } from "./text";

export { MAX_QUESTION_LENGTH };

/** Per client address: generous for a reader, a wall for a scraper (each answer searches a whole story). */
export const ASK_RATE_LIMIT = { limit: 30, windowMs: 60_000 };

export type AskResult = AskView;

export type QuestionCheck = { ok: true; question: string } | { ok: false; question: string; message: string };

/** What a reader typed, checked: markup is only ever text here, and the message says what to change. */
export function checkQuestion(raw: unknown): QuestionCheck {
  // Tags are dropped (a question is words; React would escape them anyway, but they would also be searched for).
  const question = (typeof raw === "string" ? raw : "")
    .replace(/<[^>]*>?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!question) return { ok: false, question, message: "Type a question about this story, then press Ask." };
  if (question.length > MAX_QUESTION_LENGTH)
    return {
      ok: false,
      question: question.slice(0, MAX_QUESTION_LENGTH),
      message: `That question is too long: keep it under ${MAX_QUESTION_LENGTH} characters.`,
    };
  if (contentTerms(question).length === 0)
    return { ok: false, question, message: "Ask about something in the story, using a few of its words." };
  if (!/\p{Script=Latin}/u.test(question))
    return {
      ok: false,
      question,
      message: "This story is in English, so questions can only be answered in English.",
    };
  return { ok: true, question };
}

export type Quote = QuoteView;

const toQuote = (
  article: PoolArticle,
  asked: PoolArticle,
  sentence: { id: string; text: string },
): Quote => ({
  sentenceId: sentence.id,
  text: sentence.text,
  articleSlug: article.slug,
  articleTitle: article.title,
  outlet: article.outlet,
  publishedAt: article.publishedAt.toISOString(),
  sameArticle: article.id === asked.id,
});

/** The answer from an already loaded story (the benchmark times this with the load). */
export async function answerFromStory(
  asked: PoolArticle,
  story: PoolArticle[],
  question: string,
): Promise<{ kind: "answer"; quotes: Quote[] } | { kind: "decline" }> {
  const index = await indexArticles(story);
  const answer = answerQuestion(index, question, asked.id);
  if (answer.kind === "decline") return answer;
  const byId = new Map(story.map((article) => [article.id, article]));
  return {
    kind: "answer",
    quotes: answer.sentences.map(({ sentence }) => toQuote(byId.get(sentence.articleId)!, asked, sentence)),
  };
}

/**
 * Ask this story: null when there is no such published article (a 404). The question is never stored, and the
 * rate limit keys on the address alone, so nothing ties a question to a reader.
 */
export async function askStory(
  slug: string,
  rawQuestion: unknown,
  clientKey: string,
): Promise<AskResult | null> {
  const loaded = await loadStoryArticles(slug);
  if (!loaded) return null;
  const check = checkQuestion(rawQuestion);
  if (!check.ok) return { kind: "invalid", question: check.question, message: check.message };
  if (!(await consume(`ask:${clientKey}`, ASK_RATE_LIMIT)))
    return {
      kind: "limited",
      question: check.question,
      message: "You have asked a lot of questions in the last minute. Please wait a minute and ask again.",
    };
  const result = await answerFromStory(loaded.article, loaded.story, check.question);
  if (result.kind === "answer") return { kind: "answer", question: check.question, quotes: result.quotes };
  return { kind: "decline", question: check.question, keyPoints: await getKeyPoints(loaded.article.id) };
}

/** Whether the ask page exists for this slug (a published article), for its 404. */
export async function askableArticle(
  slug: string,
): Promise<{ id: string; slug: string; title: string } | null> {
  const loaded = await loadStoryArticles(slug);
  return loaded ? { id: loaded.article.id, slug: loaded.article.slug, title: loaded.article.title } : null;
}
