import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Archive } from "@/components/archive";
import { getSourceBySlug } from "@/lib/taxonomy";

/** Archives read ?page= at request time; render them whole so they work without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ source: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceBySlug((await params).source);
  return { title: source ? source.name : "Outlet not found", description: source?.description };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await getSourceBySlug((await params).source);
  if (!source) notFound();
  return (
    <Archive
      filter={{ kind: "source", sourceId: source.id }}
      pageParam={(await searchParams).page}
      basePath={`/sources/${source.slug}`}
      heading={{ kicker: "Outlet", title: source.name, description: source.description }}
    >
      <p className="-mt-2 mb-6 text-sm">
        <a href={source.homepage} rel="noopener" className="text-accent hover:underline">
          Visit {source.name} ↗
        </a>
      </p>
    </Archive>
  );
}
