import "server-only";

import { connection } from "next/server";

import { conditionalResponse, documentResponse, notFoundResponse } from "../conditional-get";
import {
  getArchivesSitemap,
  getNewsSitemap,
  getSitemapIndex,
  getSitemapPlan,
  SITEMAP_CONTENT_TYPE,
  streamSitemapFile,
} from "./index";

/** /sitemap.xml. Per request (it reads the client's validators); the index itself comes from the cache. */
export async function sitemapIndexGET(request: Request): Promise<Response> {
  await connection();
  return documentResponse(request, await getSitemapIndex());
}

const PAGED_FILE = /^(articles|tags)-([1-9]\d{0,5})\.xml$/;

/**
 * /sitemaps/<file>: `archives.xml`, `news.xml`, `articles-N.xml` and `tags-N.xml`. The name is one dynamic
 * segment parsed here (a segment cannot be `[kind]-[n].xml`); anything else is 404.
 */
export async function sitemapFileGET(
  request: Request,
  context: { params: Promise<{ file: string }> },
): Promise<Response> {
  await connection();
  const { file: name } = await context.params;
  if (name === "archives.xml") return documentResponse(request, await getArchivesSitemap());
  if (name === "news.xml") return documentResponse(request, await getNewsSitemap());
  const paged = PAGED_FILE.exec(name);
  if (!paged) return notFoundResponse();
  const plan = await getSitemapPlan();
  const file = plan[paged[1] as "articles" | "tags"][Number(paged[2]) - 1];
  if (!file) return notFoundResponse();
  return conditionalResponse(request, { ...file, contentType: SITEMAP_CONTENT_TYPE }, () =>
    streamSitemapFile(file),
  );
}
