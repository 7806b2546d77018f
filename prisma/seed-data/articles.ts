/** The demo article corpus, merged from per-topic files. */
import type { SeedArticle } from "./types";
import { portArticles } from "./articles-port";
import { floodArticles } from "./articles-flood";
import { chessArticles } from "./articles-chess";
import { cometArticles } from "./articles-comet";
import { worldBusinessArticles } from "./articles-world-business";
import { scienceTechArticles } from "./articles-science-tech";
import { cultureSportClimateArticles } from "./articles-culture-sport-climate";

export { SANITISER_FIXTURE_SLUG } from "./articles-science-tech";

export const articles: SeedArticle[] = [
  ...portArticles,
  ...floodArticles,
  ...chessArticles,
  ...cometArticles,
  ...worldBusinessArticles,
  ...scienceTechArticles,
  ...cultureSportClimateArticles,
].sort((a, b) => a.hoursAgo - b.hoursAgo);
