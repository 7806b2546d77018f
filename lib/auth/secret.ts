import "server-only";

import { env } from "../env";

/** Production requires NEXTAUTH_SECRET (lib/env-schema); development falls back to a fixed, public one. */
export const authSecret = env.NEXTAUTH_SECRET ?? "development-only-secret-do-not-use-in-production";
