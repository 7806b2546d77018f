import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SearchPageView, searchPageMetadata } from "@/components/search/search-page";
import { searchFromKey } from "@/lib/search";

/**
 * A search, cached whole: readers ask for /search?q=…, and the proxy serves it from here, keyed by its
 * parameters. It reads only its path, so it is cached like an archive page and expires with the article lists
 * (lib/cache/invalidation.ts).
 */
type Props = { params: Promise<{ key: string }> };

/** Cache Components needs one sample param; it is no key, so it renders the not-found page. */
export function generateStaticParams() {
  return [{ key: "__build-sample__" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const input = searchFromKey((await params).key);
  return input ? searchPageMetadata(input) : { title: "Page not found" };
}

export default async function CachedSearchPage({ params }: Props) {
  const input = searchFromKey((await params).key);
  if (!input) notFound();
  return <SearchPageView input={input} />;
}
