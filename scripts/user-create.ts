/**
 * npm run user:create -- --email ed@news.example --role EDITOR [--password '…'] [--name 'Ed Itor']
 * Creates a staff account (or changes an existing account's role). Without --password, the person signs in
 * with a magic link.
 */
import { parseArgs } from "node:util";

import { z } from "zod";

import { hashPasswordNow } from "../lib/auth/password-hash";
import { passwordProblem } from "../lib/auth/password-rules";
import { createPrismaClient } from "../lib/db-client";

const roles = ["READER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const;

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "EDITOR" },
      password: { type: "string" },
      name: { type: "string" },
    },
  });
  const input = z
    .object({
      email: z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.email({ message: "--email must be a valid email address" })),
      role: z.enum(roles, { message: `--role must be one of ${roles.join(", ")}` }),
      password: z.string().optional(),
      name: z.string().trim().max(60).optional(),
    })
    .parse(values);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw new Error(`--password: ${problem}`);
  }
  const passwordHash = input.password ? await hashPasswordNow(input.password) : undefined;
  const db = createPrismaClient();
  try {
    const user = await db.user.upsert({
      where: { email: input.email },
      create: {
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        passwordHash,
        emailVerified: new Date(),
      },
      update: {
        role: input.role,
        ...(passwordHash ? { passwordHash } : {}),
        ...(input.name ? { name: input.name } : {}),
      },
      select: { id: true, email: true, role: true },
    });
    console.log(`${user.email} is now ${user.role}${passwordHash ? " (password set)" : ""}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof z.ZodError
      ? error.issues.map((issue) => issue.message).join("\n")
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
