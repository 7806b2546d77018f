import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { feedAlternates } from "@/lib/feeds/urls";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { absoluteUrl } from "@/lib/seo/site";
import { getStoryPage } from "@/lib/stories";

import { siteName } from "../site-name";
import { StoryTimeline } from "./story-timeline";

/** The story page for /stories/<slug> (page 1) and /stories/<slug>/p/<n> (served for ?page=n); 404 when unknown. */
export async function StoryPageRoute({ slug, page: pageParam }: { slug: string; page?: string }) {
  const page = parsePageParam(pageParam);
  // Page 1 lives at the story's own address; /p/1 would be a duplicate of it.
  if (page === null || (pageParam !== undefined && page === 1)) notFound();
  const story = await getStoryPage(slug, page);
  if (!story) notFound();
  const totalPages = pageCount(story.total, story.pageSize);
  if (page > totalPages) notFound();
  const pageHref = (target: number) =>
    absoluteUrl(target === 1 ? `/stories/${slug}` : `/stories/${slug}?page=${target}`);
  return (
    <>
      {page > 1 && <link rel="prev" href={pageHref(page - 1)} />}
      {page < totalPages && <link rel="next" href={pageHref(page + 1)} />}
      <StoryTimeline story={story} totalPages={totalPages} />
    </>
  );
}

export async function storyMetadata(slug: string, page?: string): Promise<Metadata> {
  const story = await getStoryPage(slug, 1);
  if (!story) return { title: "Story not found" };
  const suffix = page && page !== "1" ? ` (page ${page})` : "";
  const path = `/stories/${story.slug}`;
  return {
    title: `${story.title}: full coverage${suffix}`,
    description: story.description || `Every outlet's coverage of ${story.title}.`,
    alternates: {
      canonical: page && page !== "1" ? `${path}?page=${page}` : path,
      types: feedAlternates({ kind: "stories", slug: story.slug }, `${story.title} · ${siteName}`),
    },
  };
}
