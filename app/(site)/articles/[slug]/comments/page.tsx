import { CommentsPage, commentsMetadata } from "@/components/comments/comments-page";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: "__build-sample__" }];
}

export async function generateMetadata({ params }: Props) {
  return commentsMetadata((await params).slug);
}

/** Newest first, page 1. Other sorts and pages are served from ./[sort]/[page] (see next.config.ts). */
export default async function ArticleCommentsPage({ params }: Props) {
  return <CommentsPage slug={(await params).slug} />;
}
