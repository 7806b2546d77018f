/**
 * The labelled outlet corpus (tests/fixtures/outlets/corpus.json, made by scripts/make-outlet-corpus.ts) loaded
 * into a database as published articles without stories, for the stories benchmark and integration tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import type { Database } from "../../lib/db-client";
import { slugify } from "../../lib/slug";

export type CorpusOutlet = { slug: string; name: string; homepage: string; format: "rss" | "atom" | "json" };
export type CorpusArticle = {
  id: string;
  outlet: string;
  story: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  link: string;
  categories: string[];
  author: string;
};
export type OutletCorpus = { outlets: CorpusOutlet[]; articles: CorpusArticle[] };

export function readOutletCorpus(): OutletCorpus {
  const file = path.resolve(import.meta.dirname, "../../tests/fixtures/outlets/corpus.json");
  return JSON.parse(readFileSync(file, "utf8")) as OutletCorpus;
}

/**
 * Inserts `articles` (in the order given) as published, ingested articles of their outlets, with their categories
 * as tags, in one section. Outlets, section and tags are created when missing. Returns corpus id → article id.
 * `onInserted` runs after each article (the benchmark assigns it to a story there, in publication order).
 */
export async function insertCorpusArticles(
  client: Database,
  corpus: OutletCorpus,
  articles: CorpusArticle[],
  onInserted?: (articleId: string, article: CorpusArticle) => Promise<void>,
): Promise<Map<string, string>> {
  const sourceIds = new Map<string, string>();
  for (const outlet of corpus.outlets) {
    const source = await client.source.upsert({
      where: { slug: outlet.slug },
      create: { slug: outlet.slug, name: outlet.name, homepage: outlet.homepage },
      update: {},
      select: { id: true },
    });
    sourceIds.set(outlet.slug, source.id);
  }
  const section = await client.section.upsert({
    where: { slug: "outlets" },
    create: { slug: "outlets", name: "From other outlets", position: 99 },
    update: {},
    select: { id: true },
  });
  const tagIds = new Map<string, string>();
  const tagId = async (name: string) => {
    const slug = slugify(name);
    if (!tagIds.has(slug)) {
      const tag = await client.tag.upsert({
        where: { slug },
        create: { slug, name },
        update: {},
        select: { id: true },
      });
      tagIds.set(slug, tag.id);
    }
    return tagIds.get(slug)!;
  };
  const ids = new Map<string, string>();
  for (const article of articles) {
    const publishedAt = new Date(article.publishedAt);
    const tags = [...new Set(await Promise.all(article.categories.map(tagId)))];
    const created = await client.article.create({
      data: {
        slug: `${slugify(article.title).slice(0, 90)}-${article.id}`,
        title: article.title,
        excerpt: article.summary,
        body: article.body,
        status: "PUBLISHED",
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        canonicalUrl: article.link,
        ingested: true,
        sectionId: section.id,
        sourceId: sourceIds.get(article.outlet)!,
        tags: { create: tags.map((id) => ({ tagId: id })) },
      },
      select: { id: true },
    });
    ids.set(article.id, created.id);
    await onInserted?.(created.id, article);
  }
  return ids;
}
