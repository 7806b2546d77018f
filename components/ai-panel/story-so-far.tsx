import type { StorySoFar as StorySoFarData } from "@/lib/ai";

import { formatAbsoluteTime } from "../time/format";

/** The story so far: each article's key development, oldest to newest, quoted with its outlet and date. */
export function StorySoFar({ story }: { story: StorySoFarData }) {
  return (
    <section
      aria-labelledby="story-so-far-heading"
      className="flex flex-col gap-2"
      data-testid="story-so-far"
    >
      <h3 id="story-so-far-heading" className="text-sm font-bold uppercase tracking-widest text-muted">
        The story so far
      </h3>
      {story.total > story.entries.length && (
        <p className="text-xs text-muted">
          The latest {story.entries.length} of {story.total} articles in this story.
        </p>
      )}
      <ol className="flex flex-col gap-3 border-l-2 border-rule pl-4 text-sm">
        {story.entries.map((entry) => (
          <li key={entry.articleSlug}>
            <p className="text-xs text-muted">
              <time dateTime={entry.publishedAt.toISOString()}>{formatAbsoluteTime(entry.publishedAt)}</time>
              {" · "}
              <span className="font-semibold text-ink">{entry.outlet}</span>
              {entry.current && " · this article"}
            </p>
            <a
              href={`/articles/${entry.articleSlug}#${entry.sentenceId}`}
              className="font-serif hover:underline"
            >
              “{entry.text}”
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
