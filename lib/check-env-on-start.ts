import { InvalidEnvironmentError, parseEnv } from "./env-schema";

try {
  parseEnv(process.env);
} catch (error) {
  if (!(error instanceof InvalidEnvironmentError)) throw error;
  console.error(`\n✖ ${error.message}\n`);
  process.exit(1);
}
