import { seedDemo } from "../../prisma/seed/demo";
import { createMigratedDatabase, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";

/**
 * A fresh migrated database with the demo corpus, made the app's DATABASE_URL. Import lib modules (dynamically)
 * only after this, so the one Prisma client (lib/db.ts) connects to it.
 */
export async function createSeededDatabase(provider: Provider, label: string): Promise<TestDatabase> {
  const database = await createMigratedDatabase(provider, label);
  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import("../db-client");
  const client = createPrismaClient(database.url);
  try {
    await seedDemo(client);
  } finally {
    await client.$disconnect();
  }
  return database;
}
