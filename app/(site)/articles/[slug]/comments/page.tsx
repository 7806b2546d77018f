import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";

import { CommentThreads } from "@/components/comments/comment-thread";
import { getArticleBySlug, getSlugRedirect } from "@/lib/articles";
import { CommentBody } from "@/components/comments/comment-body";
import { getViewer } from "@/lib/auth";
import { getCommentThreads, getOwnPendingComments, parseCommentSort, type CommentSort } from "@/lib/comments";
import { parsePageParam } from "@/lib/pagination";

/** Reads ?sort= and ?page= per request; rendered whole so "load more" works without JavaScript. */
export const instant = false;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ sort?: string | string[]; page?: string | string[]; posted?: string }>;
};

const sortLabels: Record<CommentSort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  replies: "Most replies",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  return { title: article ? `Comments: ${article.title}` : "Story not found", robots: { index: false } };
}

export default async function ArticleCommentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const sort = parseCommentSort(query.sort);
  const page = parsePageParam(query.page);
  const article = await getArticleBySlug(slug);
  if (!article) {
    const movedTo = await getSlugRedirect(slug);
    if (movedTo) permanentRedirect(`/articles/${movedTo}/comments`);
  }
  if (!article || sort === null || page === null) notFound();

  const [comments, viewer] = await Promise.all([getCommentThreads(article.id, sort, page), getViewer()]);
  const ownPending = viewer ? await getOwnPendingComments(viewer.id, article.id) : [];
  if (page > 1 && comments.threads.length === 0) notFound();
  const basePath = `/articles/${article.slug}/comments`;
  const href = (nextSort: CommentSort, nextPage: number) => {
    const search = new URLSearchParams();
    if (nextSort !== "newest") search.set("sort", nextSort);
    if (nextPage > 1) search.set("page", String(nextPage));
    const qs = search.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/articles/${article.slug}`} className="text-accent hover:underline">
          ← Back to the story
        </Link>
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
            <Link key={option} href={href(option, 1)} className="text-accent hover:underline">
              {sortLabels[option]}
            </Link>
          ),
        )}
      </nav>
      {query.posted === "pending" && (
        <p role="status" className="mt-4 rounded-sm bg-surface p-3 text-sm">
          Thanks. Your comment is awaiting moderation; only you can see it until a moderator approves it.
        </p>
      )}
      {ownPending.length > 0 && (
        <section
          aria-label="Your comments awaiting moderation"
          className="mt-4 rounded-sm border border-dashed border-rule p-3"
        >
          {ownPending.map((comment) => (
            <article key={comment.id} id={`comment-${comment.id}`} className="comment py-2">
              <p className="text-xs font-bold uppercase tracking-wide text-accent">
                Awaiting moderation · only you can see this
              </p>
              <CommentBody text={comment.body} />
            </article>
          ))}
        </section>
      )}
      <section id="comments" aria-label="Comments" className="mt-4">
        {comments.threads.length === 0 ? (
          <p className="text-muted">No comments yet…</p>
        ) : (
          <CommentThreads threads={comments.threads} canReply={article.commentsOpen} />
        )}
      </section>
      <nav aria-label="More comments" className="mt-6 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={href(sort, page - 1)} className="text-accent hover:underline">
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        {comments.hasMore && (
          <Link
            href={href(sort, page + 1)}
            className="rounded-sm border border-rule px-4 py-2 font-medium hover:bg-surface"
          >
            Load more comments
          </Link>
        )}
      </nav>
    </div>
  );
}
