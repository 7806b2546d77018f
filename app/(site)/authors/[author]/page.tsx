import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Archive } from "@/components/archive";
import { getAuthorBySlug } from "@/lib/taxonomy";

/** Archives read ?page= at request time; render them whole so they work without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ author: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthorBySlug((await params).author);
  return { title: author ? author.name : "Author not found", description: author?.bio };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const author = await getAuthorBySlug((await params).author);
  if (!author) notFound();
  return (
    <Archive
      filter={{ kind: "author", authorId: author.id }}
      pageParam={(await searchParams).page}
      basePath={`/authors/${author.slug}`}
      heading={{ kicker: "Author", title: author.name, description: author.bio }}
    />
  );
}
