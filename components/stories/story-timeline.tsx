import type { StoryPage } from "@/lib/stories";

import { StoryRow } from "../article-card";
import { PageHeading } from "../page-heading";
import { PaginationNav } from "../pagination-nav";
import { formatAbsoluteTime } from "../time/format";

/**
 * A story's full coverage: its outlets with their counts, the first report, and the timeline newest first.
 * Plain links and server markup only: it works without JavaScript.
 */
export function StoryTimeline({ story, totalPages }: { story: StoryPage; totalPages: number }) {
  const outletCount = story.outlets.length;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading kicker="Full coverage" title={story.title} description={story.description} />
      <p className="-mt-2 mb-6 text-sm text-muted-strong">
        {story.articleCount} {story.articleCount === 1 ? "article" : "articles"} from {outletCount}{" "}
        {outletCount === 1 ? "outlet" : "outlets"}, {formatAbsoluteTime(story.firstPublishedAt)} to{" "}
        {formatAbsoluteTime(story.lastPublishedAt)}.
      </p>
      {story.firstReport && (
        <p className="mb-6 border-l-4 border-accent pl-3 text-sm">
          First reported by <strong>{story.firstReport.outlet}</strong>:{" "}
          <a href={`/articles/${story.firstReport.articleSlug}`} className="text-accent hover:underline">
            {story.firstReport.title}
          </a>
        </p>
      )}
      <section aria-labelledby="story-outlets-heading" className="mb-8">
        <h2 id="story-outlets-heading" className="text-sm font-bold uppercase tracking-widest text-muted">
          Outlets covering this story
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {story.outlets.map((outlet) => (
            <li key={outlet.slug}>
              <a
                href={`/sources/${outlet.slug}`}
                className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent"
              >
                {outlet.name} <span className="text-muted">({outlet.count})</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="story-timeline-heading">
        <h2
          id="story-timeline-heading"
          className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest"
        >
          Timeline, newest first
        </h2>
        <ol className="divide-y divide-rule">
          {story.articles.map((article) => (
            <li key={article.id}>
              {article.isFirstReport && (
                <p className="mt-3 text-xs font-bold uppercase tracking-widest text-accent">
                  First reported by {article.source.name}
                </p>
              )}
              <StoryRow article={article} />
            </li>
          ))}
        </ol>
      </section>
      <PaginationNav basePath={`/stories/${story.slug}`} page={story.page} totalPages={totalPages} />
    </div>
  );
}
