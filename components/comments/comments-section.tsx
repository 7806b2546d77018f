import { getCommentThreads } from "@/lib/comments";
import { commentsFeedPath } from "@/lib/feeds/urls";

import { CommentComposer } from "./comment-composer";
import { CommentThreads } from "./comment-thread";

/** The article page's comments: the newest threads, cached until a comment on this article changes. */
export async function CommentsSection({
  articleId,
  articleSlug,
  commentsOpen,
}: {
  articleId: string;
  articleSlug: string;
  commentsOpen: boolean;
}) {
  const page = await getCommentThreads(articleId, "newest", 1);
  const commentsPath = `/articles/${articleSlug}/comments`;

  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t-2 border-ink pt-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          Comments{page.total > 0 && <span className="text-muted"> ({page.total})</span>}
        </h2>
        {page.topLevelTotal > 1 && (
          <nav aria-label="Sort comments" className="flex gap-3 text-sm">
            <span className="text-muted">Sort:</span>
            <span aria-current="true" className="font-semibold">
              Newest
            </span>
            <a href={`${commentsPath}?sort=oldest`} className="text-accent hover:underline">
              Oldest
            </a>
            <a href={`${commentsPath}?sort=replies`} className="text-accent hover:underline">
              Most replies
            </a>
          </nav>
        )}
      </div>

      {commentsOpen ? (
        <CommentComposer articleId={articleId} articleSlug={articleSlug} />
      ) : (
        <p className="mt-3 rounded-sm bg-surface p-3 text-sm">Comments are closed on this story.</p>
      )}

      {page.threads.length === 0 ? (
        <p className="mt-6 text-muted">No comments yet… {commentsOpen && "Start the conversation."}</p>
      ) : (
        <CommentThreads threads={page.threads} canReply={commentsOpen} articleSlug={articleSlug} />
      )}

      {page.hasMore && (
        <a
          href={`${commentsPath}?page=2`}
          className="mt-4 inline-block rounded-sm border border-rule px-4 py-2 text-sm font-medium hover:bg-surface"
        >
          Load more comments
        </a>
      )}

      <p className="mt-6 text-sm">
        <a href={commentsFeedPath(articleSlug)} className="text-accent hover:underline">
          Follow these comments (RSS feed)
        </a>
      </p>
    </section>
  );
}
