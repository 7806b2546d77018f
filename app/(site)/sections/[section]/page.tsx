import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Archive } from "@/components/archive";
import { getSectionBySlug } from "@/lib/taxonomy";

/** Archives read ?page= at request time; render them whole so they work without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSectionBySlug((await params).section);
  return { title: section ? section.name : "Section not found", description: section?.description };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const section = await getSectionBySlug((await params).section);
  if (!section) notFound();
  return (
    <Archive
      filter={{ kind: "section", sectionId: section.id }}
      pageParam={(await searchParams).page}
      basePath={`/sections/${section.slug}`}
      heading={{ kicker: "Section", title: section.name, description: section.description }}
    />
  );
}
