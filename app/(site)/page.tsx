import type { Metadata } from "next";

import { LeadStory, StoryCard, StoryRow } from "@/components/article-card";
import { JsonLd } from "@/components/json-ld";
import { siteName } from "@/components/site-name";
import { StoryPackages } from "@/components/stories/story-packages";
import { getHomePage } from "@/lib/articles";
import { feedAlternates } from "@/lib/feeds/urls";
import { getHomeStoryPackages } from "@/lib/stories";

export const metadata: Metadata = {
  alternates: { canonical: "/", types: feedAlternates({ kind: "site" }, siteName) },
};

/** schema.org WebSite with a SearchAction: search engines may offer a search box for the site. */
function WebSiteJsonLd() {
  const base = (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "WebSite",
        name: siteName,
        url: `${base}/`,
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${base}/search?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      }}
    />
  );
}

export default async function HomePage() {
  const [home, packages] = await Promise.all([getHomePage(), getHomeStoryPackages()]);

  if (!home.lead) {
    return (
      <section className="py-20 text-center">
        <WebSiteJsonLd />
        <h1 className="font-serif text-3xl font-bold">No stories yet</h1>
        <p className="mt-2 text-muted">Published stories will appear here.</p>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-10">
      <WebSiteJsonLd />
      <h1 className="sr-only">Top stories</h1>
      <LeadStory article={home.lead} />
      <StoryPackages packages={packages} />

      <div className="grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="headlines-heading" className="lg:col-span-2">
          <h2
            id="headlines-heading"
            className="mb-4 border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest"
          >
            Headlines
          </h2>
          <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {home.headlines.map((article) => (
              <StoryCard key={article.id} article={article} />
            ))}
          </div>
        </section>

        <section aria-labelledby="latest-heading">
          <h2
            id="latest-heading"
            className="mb-1 border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest"
          >
            Latest
          </h2>
          <div className="divide-y divide-rule">
            {home.latest.map((article) => (
              <StoryRow key={article.id} article={article} showExcerpt={false} />
            ))}
          </div>
          {home.hasOlder && (
            <a
              href="/latest?page=2"
              className="mt-3 inline-block text-sm font-medium text-accent hover:underline"
            >
              Older stories →
            </a>
          )}
        </section>
      </div>

      <div className="grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        {home.rails.map((rail) => (
          <section key={rail.section.slug} aria-labelledby={`rail-${rail.section.slug}`}>
            <h2
              id={`rail-${rail.section.slug}`}
              className="mb-1 flex items-baseline justify-between border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest"
            >
              <a href={`/sections/${rail.section.slug}`} className="hover:text-accent">
                {rail.section.name}
              </a>
              <a
                href={`/sections/${rail.section.slug}`}
                className="text-xs font-medium normal-case tracking-normal text-accent"
              >
                More<span className="sr-only"> from {rail.section.name}</span> →
              </a>
            </h2>
            <div className="divide-y divide-rule">
              {rail.articles.map((article) => (
                <StoryRow key={article.id} article={article} showExcerpt={false} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
