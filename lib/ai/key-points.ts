/**
 * Key points: three to five of the article's own sentences, chosen by TextRank (PageRank over a graph whose
 * edges are word overlap between sentences) plus the lead position, the overlap with the headline and a small
 * preference for a paragraph's opening sentence, the features news summaries lean on, leaving out quoted speech
 * (docs/adr/062-grounded-ai-panel.md). Pure: the unit tests and the benchmark call it directly.
 */
import type { BodySentence } from "./body-sentences";
import { contentTerms } from "./text";

export const MIN_KEY_POINTS = 3;
export const MAX_KEY_POINTS = 5;

/**
 * Weights of the score's parts (tuned on the development half of tests/fixtures/ai-eval only). `opensParagraph`
 * goes to a paragraph's first sentence, where a writer states what the paragraph is about. It is small: it
 * decides between sentences that are otherwise close (a paragraph's claim and the detail after it), never
 * against a clearly more central one.
 */
const WEIGHTS = { centrality: 1, lead: 0.6, title: 0.8, opensParagraph: 0.1 };
const DAMPING = 0.85;
const ITERATIONS = 30;
/** A candidate this similar to a chosen point repeats it. */
const REDUNDANT = 0.45;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

/** How many points an article of this many sentences gets: people pick five from a story of twenty-odd. */
export function keyPointCount(sentenceCount: number): number {
  if (sentenceCount < 12) return MIN_KEY_POINTS;
  if (sentenceCount < 20) return 4;
  return MAX_KEY_POINTS;
}

/** TextRank's similarity: shared words, normalised by the sentences' lengths (log, so long ones aren't favoured). */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

function pageRank(weights: number[][]): number[] {
  const n = weights.length;
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (outSums[j] === 0) continue;
      const share = (DAMPING * rank[j]!) / outSums[j]!;
      const row = weights[j]!;
      for (let i = 0; i < n; i++) if (row[i]) next[i]! += share * row[i]!;
    }
    rank = next;
  }
  return rank;
}

/**
 * Which sentences are someone's words: those that open a quotation or start inside one still open. A key point
 * stands for the article, and a line of speech (often the middle of a quote, "The hospital on the other side was
 * ten minutes away.") says what one person said, usually without saying who.
 */
export function speechFlags(sentences: BodySentence[]): boolean[] {
  let open = false;
  return sentences.map(({ text }) => {
    const speech = open || /^["“]/.test(text);
    const opening = (text.match(/“/g) ?? []).length;
    const closing = (text.match(/”/g) ?? []).length;
    const straight = (text.match(/"/g) ?? []).length;
    // Curly quotes say which way they face; straight ones only toggle.
    if (opening !== closing) open = opening > closing;
    if (straight % 2 === 1) open = !open;
    return speech;
  });
}

export type ScoredSentence = BodySentence & { score: number };

/** Every sentence with its score, best first (the editor's "replace with" list uses the same order). */
export function rankSentences(sentences: BodySentence[], title: string): ScoredSentence[] {
  const termSets = sentences.map((sentence) => new Set(contentTerms(sentence.text)));
  const weights = termSets.map((a, i) => termSets.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const rank = pageRank(weights);
  const maxRank = Math.max(...rank, Number.EPSILON);
  const titleTerms = new Set(contentTerms(title));
  const speech = speechFlags(sentences);
  return sentences
    .map((sentence, i) => {
      const terms = termSets[i]!;
      let titleShared = 0;
      for (const term of titleTerms) if (terms.has(term)) titleShared++;
      const words = sentence.text.split(/\s+/).length;
      const usable = words >= MIN_WORDS && words <= MAX_WORDS && !sentence.text.endsWith("?") && !speech[i];
      const score =
        WEIGHTS.centrality * (rank[i]! / maxRank) +
        WEIGHTS.lead / (1 + sentence.position / 2) +
        WEIGHTS.title * (titleTerms.size ? titleShared / titleTerms.size : 0) +
        (sentence.index === 0 ? WEIGHTS.opensParagraph : 0);
      return { ...sentence, score: usable ? score : score - 10 };
    })
    .sort((a, b) => b.score - a.score || a.position - b.position);
}

/** The key points, in the article's reading order. */
export function selectKeyPoints(sentences: BodySentence[], title: string): BodySentence[] {
  const count = Math.min(keyPointCount(sentences.length), sentences.length);
  const chosen: { sentence: ScoredSentence; terms: Set<string> }[] = [];
  for (const candidate of rankSentences(sentences, title)) {
    if (chosen.length >= count) break;
    const terms = new Set(contentTerms(candidate.text));
    const repeats = chosen.some((point) => similarity(point.terms, terms) > REDUNDANT * 2);
    if (!repeats) chosen.push({ sentence: candidate, terms });
  }
  return chosen
    .map(({ sentence: { score: _score, ...sentence } }): BodySentence => sentence)
    .sort((a, b) => a.position - b.position);
}

/** A key point as stored and shown: a sentence's anchor and its words. */
export type KeyPoint = { sentenceId: string; text: string };
