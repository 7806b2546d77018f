/** The editable fields of an article as stored in a revision. Client-safe for the diff view. */
export type ArticleSnapshot = {
  title: string;
  dek: string;
  slug: string;
  body: string;
  excerpt: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageWidth: number | null;
  heroImageHeight: number | null;
  sectionId: string;
  sourceId: string;
  authorIds: string[];
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  commentsOpen: boolean;
  isLead: boolean;
  leadOrder: number;
  pinnedRelatedIds: string[];
};

export const snapshotLabels: Record<keyof ArticleSnapshot, string> = {
  title: "Headline",
  dek: "Dek",
  slug: "Slug",
  body: "Body",
  excerpt: "Excerpt",
  heroImageUrl: "Hero image",
  heroImageAlt: "Alt text",
  heroImageCaption: "Caption",
  heroImageWidth: "Image width",
  heroImageHeight: "Image height",
  sectionId: "Section",
  sourceId: "Source",
  authorIds: "Authors",
  tags: "Hashtags",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  canonicalUrl: "Canonical URL",
  commentsOpen: "Comments open",
  isLead: "Lead story",
  leadOrder: "Lead order",
  pinnedRelatedIds: "Pinned related",
};
