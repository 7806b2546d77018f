import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

if (existsSync(".env")) process.loadEnvFile(".env");

const databaseUrl = process.env.DATABASE_URL || "file:./data/news.db";
const provider = /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";

/**
 * Full-text search tables, made by raw SQL in each provider's search migration (docs/adr/030-site-search.md).
 * The models don't describe them, so Migrate must leave them alone rather than drop them as drift.
 */
const searchTables = {
  // The FTS5 table, its shadow tables, and the denormalised text it indexes (its external content).
  sqlite: [
    "ArticleSearch",
    "ArticleSearch_config",
    "ArticleSearch_data",
    "ArticleSearch_docsize",
    "ArticleSearch_idx",
    "ArticleSearchDocument",
  ],
  // The tsvector of each article, with its GIN index.
  postgres: ["public.ArticleSearch"],
}[provider];

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url: databaseUrl },
  experimental: { externalTables: true },
  tables: { external: searchTables },
});
