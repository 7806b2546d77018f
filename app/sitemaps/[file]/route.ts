import { sitemapFileGET } from "@/lib/sitemaps/routes";

/** One sitemap file: archives.xml, news.xml, articles-N.xml or tags-N.xml (lib/sitemaps). */
export const GET = sitemapFileGET;
