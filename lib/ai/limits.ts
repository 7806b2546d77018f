/** Ask this story's shapes and limits, shared with the reader's browser (client-safe: no server-only code). */
export const MAX_QUESTION_LENGTH = 300;

export type QuoteView = {
  sentenceId: string;
  text: string;
  articleSlug: string;
  articleTitle: string;
  outlet: string;
  /** ISO time, so the same answer renders on the answer page and in place (JSON). */
  publishedAt: string;
  /** Whether the quote is from the article the reader asked on (otherwise from elsewhere in its story). */
  sameArticle: boolean;
};

export type AskView =
  | { kind: "answer"; question: string; quotes: QuoteView[] }
  | { kind: "decline"; question: string; keyPoints: { sentenceId: string; text: string }[] }
  | { kind: "invalid" | "limited"; question: string; message: string };
