/** Shapes of the hand-written demo corpus. Times are relative to the moment the seed runs, so the demo always looks current. */

export type SeedSection = { slug: string; name: string; description: string; position: number };

export type SeedSource = { slug: string; name: string; homepage: string; description: string };

export type SeedAuthor = { slug: string; name: string; bio: string };

export type SeedTag = { slug: string; name: string };

export type SeedArticle = {
  slug: string;
  title: string;
  dek: string;
  /** Markdown. */
  body: string;
  /** At most 300 characters. */
  excerpt: string;
  section: string;
  source: string;
  authors: string[];
  tags: string[];
  /** Published this many hours before the seed runs. */
  hoursAgo: number;
  /** Updated this many hours before the seed runs (less than hoursAgo), if it was corrected or updated. */
  updatedHoursAgo?: number;
  hero: { file: string; alt: string; caption: string; width: number; height: number };
  isLead?: boolean;
  leadOrder?: number;
  commentsOpen?: boolean;
  /** Slugs of articles an editor pinned as related, in order. */
  pinnedRelated?: string[];
};

/** `author` is the key of a demo reader from seed-data/users.ts. */
export type SeedComment = {
  article: string;
  author: string;
  body: string;
  hoursAgo: number;
  replies?: SeedComment[];
};

export type SeedUser = {
  key: string;
  name: string;
  email: string;
  role: "READER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";
};
