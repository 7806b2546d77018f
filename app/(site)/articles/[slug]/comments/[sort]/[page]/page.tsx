import { CommentsPage, commentsMetadata } from "@/components/comments/comments-page";

/** A sort and page of a story's comments; readers reach it as /articles/<slug>/comments?sort=…&page=…. */
type Props = { params: Promise<{ slug: string; sort: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: "__build-sample__", sort: "oldest", page: "1" }];
}

export async function generateMetadata({ params }: Props) {
  return commentsMetadata((await params).slug);
}

export default async function ArticleCommentsSortedPage({ params }: Props) {
  const { slug, sort, page } = await params;
  return <CommentsPage slug={slug} sortParam={sort} pageParam={page} />;
}
