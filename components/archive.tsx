import { notFound } from "next/navigation";

import type { ArchiveFilter } from "@/lib/articles";
import { listArchive } from "@/lib/articles";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { absoluteUrl } from "@/lib/seo/site";

import { StoryRow } from "./article-card";
import { PageHeading } from "./page-heading";
import { PaginationNav } from "./pagination-nav";

type ArchiveProps = {
  filter: ArchiveFilter;
  pageParam: string | string[] | undefined;
  basePath: string;
  heading: { kicker?: string; title: string; description?: string };
  children?: React.ReactNode;
};

/** A paginated archive: 20 stories a page; a bad or out-of-range ?page= is a 404. */
export async function Archive({ filter, pageParam, basePath, heading, children }: ArchiveProps) {
  const page = parsePageParam(pageParam);
  if (page === null) notFound();
  const archive = await listArchive(filter, page);
  const totalPages = pageCount(archive.total, archive.pageSize);
  if (page > totalPages) notFound();

  const pageHref = (target: number) => absoluteUrl(target === 1 ? basePath : `${basePath}?page=${target}`);
  return (
    <div className="mx-auto max-w-3xl">
      {/* React places these in the head: the previous and next pages of this archive, for crawlers. */}
      {page > 1 && <link rel="prev" href={pageHref(page - 1)} />}
      {page < totalPages && <link rel="next" href={pageHref(page + 1)} />}
      <PageHeading {...heading} />
      {children}
      {archive.articles.length === 0 ? (
        <p className="text-muted">No stories here yet.</p>
      ) : (
        <div className="divide-y divide-rule">
          {archive.articles.map((article) => (
            <StoryRow key={article.id} article={article} headingLevel={2} />
          ))}
        </div>
      )}
      <PaginationNav basePath={basePath} page={page} totalPages={totalPages} />
    </div>
  );
}
