import type { AskView } from "@/lib/ai/limits";

import { formatAbsoluteTime } from "../time/format";

/**
 * An answer to a reader's question, as the answer page and the in-place answer both show it: quoted sentences
 * with their outlet, time and a link to the sentence, or a plain "the story does not say" with the key points.
 * The question is only ever rendered as text.
 */
export function AskAnswer({ view, articleSlug }: { view: AskView; articleSlug: string }) {
  switch (view.kind) {
    case "invalid":
    case "limited":
      return <p className="text-sm font-semibold text-danger">{view.message}</p>;
    case "decline":
      return (
        <div className="flex flex-col gap-2 text-sm">
          <p className="font-semibold">
            The story does not say. Nothing in its reporting answers “{view.question}”.
          </p>
          {view.keyPoints.length > 0 && (
            <>
              <p>Here is what it does say:</p>
              <ul className="list-disc pl-5">
                {view.keyPoints.map((point) => (
                  <li key={point.sentenceId}>
                    <a href={`/articles/${articleSlug}#${point.sentenceId}`} className="hover:underline">
                      {point.text}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case "answer":
      return (
        <div className="flex flex-col gap-2 text-sm">
          <p className="font-semibold">
            From the reporting, on “{view.question}” ({view.quotes.length}{" "}
            {view.quotes.length === 1 ? "sentence" : "sentences"}):
          </p>
          <ol className="flex flex-col gap-3">
            {view.quotes.map((quote) => (
              <li key={`${quote.articleSlug}#${quote.sentenceId}`} className="border-l-2 border-accent pl-3">
                <blockquote className="font-serif">“{quote.text}”</blockquote>
                <p className="mt-1 text-xs text-muted">
                  {quote.outlet}, {formatAbsoluteTime(new Date(quote.publishedAt))} ·{" "}
                  <a
                    href={`/articles/${quote.articleSlug}#${quote.sentenceId}`}
                    className="text-accent underline"
                  >
                    {quote.sameArticle ? "See it in this article" : `Read it in “${quote.articleTitle}”`}
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </div>
      );
  }
}
