import { sitemapIndexGET } from "@/lib/sitemaps/routes";

/** The sitemap index: names every sitemap file (lib/sitemaps). */
export const GET = sitemapIndexGET;
