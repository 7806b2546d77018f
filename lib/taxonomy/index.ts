import "server-only";

import { cacheTag } from "next/cache";

import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { isValidSlug } from "../slug";

export type SectionLink = { slug: string; name: string };

/** Sections in editorial order, for the site navigation. */
export async function getSections(): Promise<SectionLink[]> {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
}

export async function getSectionBySlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  if (!isValidSlug(slug)) return null;
  return db.section.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}

export async function getSourceBySlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  if (!isValidSlug(slug)) return null;
  return db.source.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, homepage: true, description: true },
  });
}

export async function getAuthorBySlug(slug: string) {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  if (!isValidSlug(slug)) return null;
  return db.author.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, bio: true } });
}

export async function getTagBySlug(slug: string) {
  "use cache";
  // No hashtag can ever have an invalid slug, so that answer needs no tag (and a junk one makes no junk tag).
  if (!isValidSlug(slug)) return null;
  cacheTag(cacheTags.hashtag(slug));
  return db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}
