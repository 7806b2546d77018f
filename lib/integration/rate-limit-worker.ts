/**
 * One of several processes racing for the same rate-limit bucket (auth-throttling.suite.ts): fires `attempts`
 * concurrent reservations at DATABASE_URL and prints how many were allowed. Run with
 * `node --conditions=react-server --import tsx` so lib modules load outside Next.
 */
import { db } from "../db";
import { countHits, reserve } from "../rate-limit";

const [bucket, limit, attempts] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
// Connected and loaded, then start together: the parent releases every worker at once through stdin.
await countHits(bucket, 60_000);
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
const results = await Promise.all(
  Array.from({ length: attempts }, () => reserve(bucket, { limit, windowMs: 60_000 })),
);
console.log(JSON.stringify({ allowed: results.filter(Boolean).length }));
await db.$disconnect();
process.exit(0);
