import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { QueryPager } from "@/components/navigation/query-pager";
import { PageHeading } from "@/components/page-heading";
import { formatAbsoluteTime } from "@/components/time/format";
import { requirePageCapability } from "@/lib/admin/guard";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { listStoriesForEditors } from "@/lib/stories/editing";

export const instant = false;
export const metadata: Metadata = { title: "Stories" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export default async function StoriesPage({ searchParams }: Props) {
  const query = await searchParams;
  const path = "/admin/stories";
  const viewer = await requirePageCapability("story:manage", path);
  const page = parsePageParam(query.page);
  if (page === null || Array.isArray(query.q)) notFound();
  const q = (query.q ?? "").trim().slice(0, 100);
  const result = await listStoriesForEditors(viewer, q, page);

  return (
    <div className="flex flex-col gap-6">
      <PageHeading
        title="Stories"
        description="Coverage grouped by event, from every outlet. Articles join stories by themselves when published; here you can merge, split, rename, pick the lead and lock."
      />
      <form method="get" action={path} role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor="story-search" className="text-sm font-semibold">
            Search by title
          </label>
          <input
            id="story-search"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="rounded-sm border border-rule bg-page px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
          Search
        </button>
      </form>
      {result.stories.length === 0 ? (
        <p className="text-muted">No stories{q ? " match that title" : " yet"}.</p>
      ) : (
        <ul aria-label={`Stories (${result.total})`} className="divide-y divide-rule border-y border-rule">
          {result.stories.map((story) => (
            <li key={story.id} className="flex flex-col gap-1 py-3">
              <Link href={`/admin/stories/${story.id}`} className="font-semibold hover:underline">
                {story.title}
              </Link>
              <p className="text-sm text-muted">
                {story.articleCount} {story.articleCount === 1 ? "article" : "articles"} from{" "}
                {story.sourceCount} {story.sourceCount === 1 ? "outlet" : "outlets"} · last{" "}
                {formatAbsoluteTime(story.lastPublishedAt)}
                {story.locked && " · locked"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <QueryPager
        path={path}
        params={{ q }}
        page={page}
        pageCount={pageCount(result.total, result.pageSize)}
      />
    </div>
  );
}
