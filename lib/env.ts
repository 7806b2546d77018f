import "server-only";

import { parseEnv } from "./env-schema";

export const env = parseEnv(process.env, { building: process.env.NEXT_PHASE === "phase-production-build" });
