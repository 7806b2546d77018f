import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RelativeTime } from "@/components/time/relative-time";
import { requirePageCapability } from "@/lib/admin/guard";
import { ADMIN_PAGE_SIZE, getArticleFilterOptions, listAdminArticles } from "@/lib/admin/articles";
import { pageCount, parsePageParam } from "@/lib/pagination";

export const instant = false;
export const metadata: Metadata = { title: "Articles" };

const STATUSES = ["DRAFT", "SUBMITTED", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;
const SORTS = { updated: "Last updated", published: "Publish date", title: "Headline" } as const;

type Search = {
  q?: string;
  status?: string;
  section?: string;
  author?: string;
  sort?: string;
  page?: string;
};

export default async function AdminArticlesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePageCapability("article:write-own", "/admin/articles");
  const search = await searchParams;
  const page = parsePageParam(search.page);
  if (page === null) notFound();
  const status = STATUSES.find((s) => s === search.status);
  const sort = (Object.keys(SORTS) as (keyof typeof SORTS)[]).find((s) => s === search.sort) ?? "updated";
  const q = search.q?.trim().slice(0, 100) || undefined;

  const [{ articles, total }, { sections, authors }] = await Promise.all([
    listAdminArticles(viewer, {
      q,
      status,
      sectionId: search.section || undefined,
      authorId: search.author || undefined,
      sort,
      page,
    }),
    getArticleFilterOptions(),
  ]);
  const pages = pageCount(total, ADMIN_PAGE_SIZE);
  const link = (target: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...search, page: String(target) }).filter(([, value]) => value) as [string, string][],
    );
    return `/admin/articles?${params}`;
  };

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
          New article
        </Link>
      </div>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          Search
          <input
            name="q"
            defaultValue={q}
            className="max-w-full rounded-sm border border-rule bg-page px-2 py-1"
          />
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          Status
          <select
            name="status"
            defaultValue={status ?? ""}
            className="max-w-full rounded-sm border border-rule bg-page px-2 py-1"
          >
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          Section
          <select
            name="section"
            defaultValue={search.section ?? ""}
            className="max-w-full rounded-sm border border-rule bg-page px-2 py-1"
          >
            <option value="">Any</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          Author
          <select
            name="author"
            defaultValue={search.author ?? ""}
            className="max-w-full rounded-sm border border-rule bg-page px-2 py-1"
          >
            <option value="">Any</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          Sort by
          <select
            name="sort"
            defaultValue={sort}
            className="max-w-full rounded-sm border border-rule bg-page px-2 py-1"
          >
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-sm border border-rule px-3 py-1 font-semibold">
          Filter
        </button>
      </form>

      {/* A data table keeps its columns; on a narrow screen it scrolls by itself, never the page. Relative:
          visually hidden text in its cells is positioned inside the box, not out past the page's edge. */}
      <div className="relative mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Articles, {total} in all</caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-2 pr-3">
                Headline
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2 pr-3">
                Section
              </th>
              <th scope="col" className="py-2 pr-3">
                Authors
              </th>
              <th scope="col" className="py-2 pr-3">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-rule align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/articles/${article.id}`} className="font-semibold hover:underline">
                    {article.title}
                  </Link>
                  {article.isLead && <span className="ml-2 text-xs font-bold text-accent">LEAD</span>}
                </td>
                <td className="py-2 pr-3">
                  {article.status.toLowerCase()}
                  {article.status === "SCHEDULED" && article.publishedAt && (
                    <span className="block text-xs text-muted">
                      {article.publishedAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3">{article.section.name}</td>
                <td className="py-2 pr-3">{article.authors.map((a) => a.author.name).join(", ")}</td>
                <td className="py-2 pr-3">
                  <RelativeTime iso={article.updatedAt.toISOString()} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {articles.length === 0 && <p className="mt-4 text-muted">No articles match.</p>}
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={link(page - 1)} className="text-accent">
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        <span className="text-muted">
          Page {page} of {pages} · {total} articles
        </span>
        {page < pages ? (
          <Link href={link(page + 1)} className="text-accent">
            Next →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
