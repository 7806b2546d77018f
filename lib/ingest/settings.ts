import "server-only";

/**
 * The importer's settings, read when used (not once at start-up) so a test can turn them on for itself. Their
 * format is checked at start-up with the rest of the environment (lib/env-schema.ts).
 */
const isOn = (value: string | undefined) => value === "1" || value === "true";

/** Feeds on loopback and private networks may be fetched: tests and the fixture feeds only. */
export const allowPrivateAddresses = () => isOn(process.env.INGEST_ALLOW_PRIVATE_ADDRESSES);

/** The server process polls feeds itself unless INGEST_WORKER=0 (then run `npm run ingest` somewhere). */
export const workerInServer = () => !["0", "false"].includes(process.env.INGEST_WORKER ?? "");
