import { articleHref } from "@/components/article-card";
import { RelativeTime } from "@/components/time/relative-time";
import { cleanSnippet, splitHighlights, type SearchHit } from "@/lib/search";

import { HighlightedText } from "./highlighted-text";

/** One result: source, time, section, headline with matched words marked, and a snippet. */
function SearchResultItem({ hit }: { hit: SearchHit }) {
  const snippet = splitHighlights(cleanSnippet(hit.snippet));
  return (
    <article className="flex flex-col gap-1 py-4">
      <p className="flex flex-wrap items-center gap-x-2 text-xs font-medium uppercase tracking-wide text-muted">
        <a href={`/sources/${hit.source.slug}`} className="text-accent hover:underline">
          {hit.source.name}
        </a>
        {hit.publishedAt && (
          <>
            <span aria-hidden="true">·</span>
            <RelativeTime iso={hit.publishedAt.toISOString()} className="normal-case tracking-normal" />
          </>
        )}
        <span aria-hidden="true">·</span>
        <a href={`/sections/${hit.section.slug}`} className="hover:underline">
          {hit.section.name}
        </a>
      </p>
      <h2 className="font-serif text-lg leading-snug font-bold break-words">
        <a href={articleHref(hit.slug)} className="hover:underline">
          <HighlightedText parts={splitHighlights(hit.titleHighlighted)} />
        </a>
      </h2>
      {snippet.length > 0 && (
        <p className="text-sm break-words text-muted-strong">
          <HighlightedText parts={snippet} />
        </p>
      )}
    </article>
  );
}

export function SearchResults({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol start={start} aria-label="Search results" className="divide-y divide-rule">
      {hits.map((hit) => (
        <li key={hit.id}>
          <SearchResultItem hit={hit} />
        </li>
      ))}
    </ol>
  );
}
