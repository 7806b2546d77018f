import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";

import { getArticleBySlug, getSlugRedirect } from "@/lib/articles";
import { getCommentThreads, parseCommentSort, type CommentSort } from "@/lib/comments";
import { parsePageParam } from "@/lib/pagination";

import { CommentThreads } from "./comment-thread";
import { OwnPendingComments } from "./own-pending-comments";

const sortLabels: Record<CommentSort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  replies: "Most replies",
};

/** Where a sort and page of a story's comments live: `?sort=&page=` on the story's comments address. */
export function commentsHref(slug: string, sort: CommentSort, page: number) {
  const search = new URLSearchParams();
  if (sort !== "newest") search.set("sort", sort);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return `/articles/${slug}/comments${query ? `?${query}` : ""}`;
}

export async function commentsMetadata(slug: string): Promise<Metadata> {
  const article = await getArticleBySlug(slug);
  return { title: article ? `Comments: ${article.title}` : "Story not found", robots: { index: false } };
}

/**
 * A story's comments, one sort and page at a time. The same for every reader, so it is cached whole like the
 * story (readers ask for `?sort=&page=`; next.config.ts serves those from `/comments/<sort>/<page>`, which reads
 * only route params). Its status is decided here: unknown story, sort or page 404; an old slug 308.
 * The reader's own comments awaiting moderation load after the page.
 */
export async function CommentsPage({
  slug,
  sortParam,
  pageParam,
}: {
  slug: string;
  sortParam?: string;
  pageParam?: string;
}) {
  const article = await getArticleBySlug(slug);
  if (!article) {
    const movedTo = await getSlugRedirect(slug);
    if (movedTo) permanentRedirect(`/articles/${movedTo}/comments`);
    notFound();
  }
  const sort = parseCommentSort(sortParam);
  const page = parsePageParam(pageParam);
  if (sort === null || page === null) notFound();
  const comments = await getCommentThreads(article.id, sort, page);
  if (page > 1 && comments.threads.length === 0) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <a href={`/articles/${article.slug}`} className="text-accent hover:underline">
          ← Back to the story
        </a>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">
        Comments on “{article.title}” <span className="text-muted">({comments.total})</span>
      </h1>
      <nav aria-label="Sort comments" className="mt-4 flex gap-3 text-sm">
        <span className="text-muted">Sort:</span>
        {(Object.keys(sortLabels) as CommentSort[]).map((option) =>
          option === sort ? (
            <span key={option} aria-current="true" className="font-semibold">
              {sortLabels[option]}
            </span>
          ) : (
            <a
              key={option}
              href={commentsHref(article.slug, option, 1)}
              className="text-accent hover:underline"
            >
              {sortLabels[option]}
            </a>
          ),
        )}
      </nav>
      <OwnPendingComments articleId={article.id} />
      <section id="comments" aria-label="Comments" className="mt-4">
        {comments.threads.length === 0 ? (
          <p className="text-muted">No comments yet…</p>
        ) : (
          <CommentThreads
            threads={comments.threads}
            canReply={article.commentsOpen}
            articleSlug={article.slug}
          />
        )}
      </section>
      <nav aria-label="More comments" className="mt-6 flex justify-between text-sm">
        {page > 1 ? (
          <a href={commentsHref(article.slug, sort, page - 1)} className="text-accent hover:underline">
            ← Previous
          </a>
        ) : (
          <span />
        )}
        {comments.hasMore && (
          <a
            href={commentsHref(article.slug, sort, page + 1)}
            className="rounded-sm border border-rule px-4 py-2 font-medium hover:bg-surface"
          >
            Load more comments
          </a>
        )}
      </nav>
    </div>
  );
}
