import { users as seedUsers } from "../../prisma/seed-data";
import type { ArticleInput } from "../admin/articles";
import type { Viewer } from "../auth";

type Db = typeof import("../db").db;

/** A seeded user (prisma/seed-data's `key`: "editor", "admin", …) as the data layer sees a signed-in viewer. */
export async function seededViewer(db: Db, key: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({
    where: { email: seedUsers.find((candidate) => candidate.key === key)!.email },
  });
  return { ...user, hasPassword: Boolean(user.passwordHash) };
}

/**
 * An article as the editor's form submits it, with every optional field empty and the first section, source and
 * author of the seeded database, then `fields` on top.
 */
export async function newArticleInput(db: Db, fields: Partial<ArticleInput> = {}): Promise<ArticleInput> {
  const [section, source, author] = await Promise.all([
    db.section.findFirstOrThrow(),
    db.source.findFirstOrThrow(),
    db.author.findFirstOrThrow(),
  ]);
  return {
    title: "",
    slug: "",
    dek: "",
    body: "",
    excerpt: "",
    heroImage: null,
    heroImageAlt: "",
    heroImageCaption: "",
    sectionId: section.id,
    sourceId: source.id,
    authorIds: [author.id],
    tags: [],
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    commentsOpen: true,
    isLead: false,
    leadOrder: 0,
    pinnedRelatedIds: [],
    note: "",
    ...fields,
  };
}
