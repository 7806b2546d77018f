// npm postinstall: generates both Prisma clients (lib/generated/sqlite and
// lib/generated/postgres). The bridge env stops the CLI from trying to
// download a native schema engine, which is impossible offline.
import { spawnSync } from "node:child_process";

import { PRISMA_CLI, PROJECT_ROOT, prismaEnv } from "./prisma-env.mjs";

for (const provider of ["sqlite", "postgres"]) {
  const { status, error } = spawnSync(
    process.execPath,
    [PRISMA_CLI, "generate", "--schema", `prisma/${provider}`],
    {
      cwd: PROJECT_ROOT,
      env: prismaEnv(),
      stdio: "inherit",
    },
  );
  if (error) throw error;
  if (status !== 0) {
    console.error(`prisma generate --schema prisma/${provider} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
