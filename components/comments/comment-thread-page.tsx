import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";

import { getArticleBySlug, getSlugRedirect } from "@/lib/articles";
import { getCommentThread, THREAD_PAGE_SIZE, threadHref } from "@/lib/comments/thread";
import { parsePageParam } from "@/lib/pagination";

import { CommentThreads } from "./comment-thread";

export async function commentThreadMetadata(slug: string): Promise<Metadata> {
  const article = await getArticleBySlug(slug);
  return {
    title: article ? `A conversation on “${article.title}”` : "Story not found",
    robots: { index: false },
  };
}

/**
 * One conversation under a story, THREAD_PAGE_SIZE replies a page, oldest first: where "N more replies" leads
 * from the story, so no page carries a whole long thread. Cached whole like the story; its status is decided
 * here: unknown story, thread or page 404, an old slug 308.
 */
export async function CommentThreadPage({
  slug,
  rootId,
  pageParam,
}: {
  slug: string;
  rootId: string;
  pageParam?: string;
}) {
  const article = await getArticleBySlug(slug);
  if (!article) {
    const movedTo = await getSlugRedirect(slug);
    if (movedTo) permanentRedirect(threadHref(movedTo, rootId));
    notFound();
  }
  // Page 1 has one address, without a number.
  const page = pageParam === "1" ? null : parsePageParam(pageParam);
  if (page === null) notFound();
  const thread = await getCommentThread(article.slug, rootId, page);
  if (!thread || thread.articleId !== article.id) notFound();

  const first = (page - 1) * THREAD_PAGE_SIZE + 1;
  const last = Math.min(page * THREAD_PAGE_SIZE, thread.replyTotal);
  const starter = thread.root.deleted ? "a deleted comment" : (thread.root.author?.name ?? "a reader");

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <a href={`/articles/${article.slug}#comments`} className="text-accent hover:underline">
          ← Back to the story
        </a>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">
        A conversation started by {starter} on “{article.title}”
      </h1>
      <p className="mt-2 text-sm text-muted">
        {thread.replyTotal === 0
          ? "No replies yet."
          : `Replies ${first}–${last} of ${thread.replyTotal}, oldest first.`}
      </p>
      <section id="comments" aria-label="Conversation" className="mt-4">
        <CommentThreads threads={[thread.root]} canReply={article.commentsOpen} articleSlug={article.slug} />
      </section>
      {thread.pageCount > 1 && (
        <nav aria-label="More replies" className="mt-6 flex justify-between text-sm">
          {page > 1 ? (
            <a href={threadHref(article.slug, rootId, page - 1)} className="text-accent hover:underline">
              ← Earlier replies
            </a>
          ) : (
            <span />
          )}
          {page < thread.pageCount && (
            <a
              href={threadHref(article.slug, rootId, page + 1)}
              className="rounded-sm border border-rule px-4 py-2 font-medium hover:bg-surface"
            >
              Later replies
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
