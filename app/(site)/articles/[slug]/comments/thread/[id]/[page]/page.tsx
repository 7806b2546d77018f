import { CommentThreadPage, commentThreadMetadata } from "@/components/comments/comment-thread-page";

/** A later page of a conversation's replies. */
type Props = { params: Promise<{ slug: string; id: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: "__build-sample__", id: "__build-sample__", page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  return commentThreadMetadata((await params).slug);
}

export default async function CommentThreadLaterPage({ params }: Props) {
  const { slug, id, page } = await params;
  return <CommentThreadPage slug={slug} rootId={id} pageParam={page} />;
}
