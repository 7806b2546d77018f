import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Archive } from "@/components/archive";
import { getTagBySlug } from "@/lib/taxonomy";

/** Archives read ?page= at request time; render them whole so they work without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTagBySlug((await params).tag);
  return { title: tag ? `#${tag.name}` : "Hashtag not found" };
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await getTagBySlug((await params).tag);
  if (!tag) notFound();
  return (
    <Archive
      filter={{ kind: "tag", tagId: tag.id }}
      pageParam={(await searchParams).page}
      basePath={`/tags/${tag.slug}`}
      heading={{ kicker: "Hashtag", title: `#${tag.name}` }}
    />
  );
}
