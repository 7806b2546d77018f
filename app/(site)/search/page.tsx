import type { Metadata } from "next";

import { SearchPageView, searchPageMetadata } from "@/components/search/search-page";
import type { SearchParamsInput } from "@/lib/search";

/**
 * The bare search form, and searches too long to be keyed: rendered per request. Every other search is served
 * from /search/r/<key> (proxy.ts), cached whole.
 */
export const instant = false;

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata(await searchParams);
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchPageView input={await searchParams} />;
}
