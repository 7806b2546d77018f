import "server-only";

import type { Prisma } from "../generated/sqlite/client";

/** Readers only ever see these. */
export const publishedWhere = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;

export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  excerpt: true,
  publishedAt: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageWidth: true,
  heroImageHeight: true,
  sectionId: true,
  section: { select: { slug: true, name: true } },
  source: { select: { slug: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export type ArticleCard = Omit<ArticleCardRow, "publishedAt" | "sectionId"> & {
  publishedAt: Date;
  commentCount: number;
};

export const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ArticleOrderByWithRelationInput[];
