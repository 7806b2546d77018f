import type { MetadataRoute } from "next";

import { getSitemapEntries } from "@/lib/feeds";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries();
}
