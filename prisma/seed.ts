/**
 * npm run db:seed                       loads the demo corpus into an empty database
 * npm run db:seed -- --synthetic 100000 adds that many synthetic articles (with tags and ~10 comments each)
 */
import { parseArgs } from "node:util";

import { createPrismaClient } from "../lib/db-client";
import { describeDatabaseUrl } from "../lib/env-schema";
import { seedDemo } from "./seed/demo";
import { seedSynthetic } from "./seed/synthetic";

async function main() {
  const { values } = parseArgs({
    options: { synthetic: { type: "string" }, "if-empty": { type: "boolean", default: false } },
    allowPositionals: false,
  });
  const url = process.env.DATABASE_URL || "file:./data/news.db";
  const db = createPrismaClient(url);
  try {
    if (values.synthetic !== undefined) {
      const count = Number(values.synthetic);
      if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
        throw new Error(
          `--synthetic needs a whole number of articles between 1 and 2000000, got "${values.synthetic}"`,
        );
      }
      await seedSynthetic(db, count);
      return;
    }
    const existing = await db.article.count();
    if (existing > 0) {
      const message = `${describeDatabaseUrl(url)} already has ${existing} articles; demo seed skipped.`;
      if (values["if-empty"]) {
        console.log(message);
        return;
      }
      throw new Error(`${message} Run npm run db:reset first to start again.`);
    }
    await seedDemo(db);
    console.log(`Seeded the demo corpus into ${describeDatabaseUrl(url)}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
