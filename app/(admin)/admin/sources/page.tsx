import type { Metadata } from "next";

import { AddFeedForm } from "@/components/admin/sources/feed-forms";
import { FeedHealth } from "@/components/admin/sources/feed-health";
import { PageHeading } from "@/components/page-heading";
import { requirePageCapability } from "@/lib/admin/guard";
import { listSourcesWithFeeds, POLL_INTERVALS } from "@/lib/ingest/sources";

export const instant = false;
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const viewer = await requirePageCapability("source:manage", "/admin/sources");
  const { sources, sections } = await listSourcesWithFeeds(viewer);
  return (
    <div className="flex max-w-5xl flex-col gap-8">
      <PageHeading
        title="Sources"
        description="The outlets whose feeds the site takes in: how each feed is doing, and what it has imported."
      />
      <section aria-labelledby="add-feed-heading" className="flex flex-col gap-4 border-b border-rule pb-8">
        <h2 id="add-feed-heading" className="font-serif text-xl font-bold">
          Add a feed
        </h2>
        <AddFeedForm sources={sources} sections={sections} intervals={POLL_INTERVALS} />
      </section>
      {sources.map((source) => (
        <section key={source.id} aria-labelledby={`source-${source.slug}`} className="flex flex-col gap-3">
          <h2 id={`source-${source.slug}`} className="font-serif text-xl font-bold">
            {source.name}{" "}
            <a href={source.homepage} className="font-sans text-sm font-normal text-accent hover:underline">
              {source.homepage.replace(/^https?:\/\//, "")}
            </a>
          </h2>
          {source.feeds.length === 0 ? (
            <p className="text-sm text-muted">No feeds.</p>
          ) : (
            <ul className="flex flex-col gap-4" aria-label={`Feeds of ${source.name}`}>
              {source.feeds.map((feed) => (
                <li key={feed.id}>
                  <FeedHealth feed={feed} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
