import type { Metadata } from "next";

import { Archive } from "@/components/archive";

/** Archives read ?page= at request time; render them whole so they work without JavaScript. */
export const instant = false;

export const metadata: Metadata = { title: "Latest stories" };

export default async function LatestPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  return (
    <Archive
      filter={{ kind: "all" }}
      pageParam={(await searchParams).page}
      basePath="/latest"
      heading={{ title: "Latest stories", description: "Every story, newest first." }}
    />
  );
}
