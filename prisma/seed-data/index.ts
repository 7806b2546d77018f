/** The hand-written demo corpus. See types.ts for the shapes. */
export type {
  SeedSection,
  SeedSource,
  SeedAuthor,
  SeedTag,
  SeedArticle,
  SeedComment,
  SeedUser,
} from "./types";
export { sections } from "./sections";
export { sources } from "./sources";
export { authors } from "./authors";
export { tags } from "./tags";
export { articles, SANITISER_FIXTURE_SLUG } from "./articles";
export { users } from "./users";
export { comments } from "./comments";
