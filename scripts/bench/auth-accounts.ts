/**
 * Confirmed accounts with passwords for the registration-timing measurement (registering a taken address), and
 * removal of the accounts earlier runs registered. Idempotent; prints the accounts' emails as JSON.
 *
 *   DATABASE_URL=… npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/auth-accounts.ts
 */
import { hashPasswordNow } from "../../lib/auth/password-hash";
import { createPrismaClient } from "../../lib/db-client";

const COUNT = 5;

async function main() {
  const db = createPrismaClient();
  try {
    await db.user.deleteMany({ where: { email: { startsWith: "bench-new-" } } });
    const passwordHash = await hashPasswordNow("bench-taken-password-2026");
    const emails = Array.from({ length: COUNT }, (_, i) => `bench-taken-${i}@bench.example`);
    for (const email of emails) {
      await db.user.upsert({
        where: { email },
        create: { email, name: "Bench Reader", passwordHash, emailVerified: new Date() },
        update: {},
      });
    }
    console.log(JSON.stringify(emails));
  } finally {
    await db.$disconnect();
  }
}

await main();
