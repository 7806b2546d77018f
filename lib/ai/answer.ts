/**
 * Ask this story's ranking: BM25 over the sentences of an article and its story, with question-type cues, and
 * a support threshold below which the answer is "the story does not say". Pure: the unit tests and the
 * benchmark call it directly; lib/ai/ask.ts feeds it from the database.
 */
import {
  canAnswer,
  cueMatches,
  questionFocus,
  questionType,
  sentenceCues,
  type QuestionType,
  type SentenceCues,
} from "./question";
import { contentTerms } from "./text";

export type PoolSentence = {
  id: string;
  text: string;
  articleId: string;
  position: number;
  terms: string[];
  cues: SentenceCues;
};

export type SentenceIndex = {
  sentences: PoolSentence[];
  postings: Map<string, { sentence: number; tf: number }[]>;
  averageLength: number;
};

/** BM25's usual constants. */
const K1 = 1.2;
const B = 0.75;
/** Share of the question's (idf-weighted) words a sentence must contain to count as support. */
export const SUPPORT_THRESHOLD = 0.35;
/**
 * The share needed when some word of the question appears nowhere in the story: the question is probably about
 * something the reporting does not cover ("When was she born?" over a story that never says "born").
 */
export const STRICT_SUPPORT_THRESHOLD = 0.65;
/** A sentence of the kind the question asks for (a date for "when") ranks this much higher. */
const CUE_BOOST = 0.35;
/** The article the reader is on ranks a little higher than the rest of its story. */
const SAME_ARTICLE_BOOST = 0.1;
/** Further sentences are quoted only if they score at least this share of the best. */
const RUNNER_UP_SHARE = 0.6;
export const MAX_ANSWER_SENTENCES = 3;

export function poolSentence(
  articleId: string,
  sentence: { id: string; text: string; position: number },
): PoolSentence {
  return {
    ...sentence,
    articleId,
    terms: contentTerms(sentence.text),
    cues: sentenceCues(sentence.text),
  };
}

export function buildIndex(sentences: PoolSentence[]): SentenceIndex {
  const postings = new Map<string, { sentence: number; tf: number }[]>();
  let totalLength = 0;
  sentences.forEach((sentence, index) => {
    totalLength += sentence.terms.length;
    const counts = new Map<string, number>();
    for (const term of sentence.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ sentence: index, tf });
    }
  });
  return { sentences, postings, averageLength: sentences.length ? totalLength / sentences.length : 1 };
}

export type RankedSentence = { sentence: PoolSentence; score: number; support: number };

export type Ranking = {
  type: QuestionType;
  terms: string[];
  /** The support a sentence needs to be quoted for this question. */
  threshold: number;
  ranked: RankedSentence[];
};

/** Every sentence sharing a word with the question, best first. */
export function rankSentencesFor(
  index: SentenceIndex,
  question: string,
  currentArticleId: string | null,
): Ranking {
  const type = questionType(question);
  const terms = [...new Set(contentTerms(questionFocus(question)))];
  const n = index.sentences.length;
  const idf = (term: string) => {
    const df = index.postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const weights = terms.map(idf);
  const unknownTerms = terms.filter((term) => !index.postings.has(term)).length;
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const scores = new Map<number, { score: number; matched: number }>();
  terms.forEach((term, t) => {
    for (const { sentence, tf } of index.postings.get(term) ?? []) {
      const length = index.sentences[sentence]!.terms.length;
      const bm25 = (weights[t]! * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.averageLength));
      const entry = scores.get(sentence) ?? { score: 0, matched: 0 };
      entry.score += bm25;
      entry.matched += weights[t]!;
      scores.set(sentence, entry);
    }
  });
  const ranked: RankedSentence[] = [];
  for (const [i, { score, matched }] of scores) {
    const sentence = index.sentences[i]!;
    // A sentence ending in a colon introduces a list: it says where the answer is, not what it is.
    if (sentence.text.endsWith(":")) continue;
    const boost =
      1 +
      (cueMatches(type, sentence.cues) ? CUE_BOOST : 0) +
      (sentence.articleId === currentArticleId ? SAME_ARTICLE_BOOST : 0);
    ranked.push({ sentence, score: score * boost, support: totalWeight ? matched / totalWeight : 0 });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence.position - b.sentence.position);
  const threshold = unknownTerms > 0 ? STRICT_SUPPORT_THRESHOLD : SUPPORT_THRESHOLD;
  return { type, terms: terms, threshold: terms.length > 0 ? threshold : Infinity, ranked };
}

/** Whether a ranked sentence supports the question well enough to be quoted as an answer. */
export function isSupported(candidate: RankedSentence, ranking: Ranking): boolean {
  return (
    candidate.score > 0 &&
    candidate.support >= ranking.threshold &&
    canAnswer(ranking.type, candidate.sentence.cues)
  );
}

export type Answer =
  | { kind: "answer"; type: QuestionType; sentences: RankedSentence[] }
  | { kind: "decline"; type: QuestionType };

/** One to three supporting sentences, or a decline when nothing clears the support threshold. */
export function answerQuestion(
  index: SentenceIndex,
  question: string,
  currentArticleId: string | null,
): Answer {
  const ranking = rankSentencesFor(index, question, currentArticleId);
  const { type, ranked } = ranking;
  const best = ranked[0];
  if (!best || !isSupported(best, ranking)) return { kind: "decline", type };
  const chosen: RankedSentence[] = [];
  const seenTexts = new Set<string>();
  for (const candidate of ranked) {
    if (chosen.length >= MAX_ANSWER_SENTENCES || candidate.score < best.score * RUNNER_UP_SHARE) break;
    const key = candidate.sentence.text.toLowerCase();
    if (seenTexts.has(key) || !isSupported(candidate, ranking)) continue;
    seenTexts.add(key);
    chosen.push(candidate);
  }
  return { kind: "answer", type, sentences: chosen };
}
