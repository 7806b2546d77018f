import { CommentThreadPage, commentThreadMetadata } from "@/components/comments/comment-thread-page";

/** A conversation's first page of replies: where "N more replies" leads from the story. */
type Props = { params: Promise<{ slug: string; id: string }> };

export function generateStaticParams() {
  return [{ slug: "__build-sample__", id: "__build-sample__" }];
}

export async function generateMetadata({ params }: Props) {
  return commentThreadMetadata((await params).slug);
}

export default async function CommentThreadFirstPage({ params }: Props) {
  const { slug, id } = await params;
  return <CommentThreadPage slug={slug} rootId={id} />;
}
