import { databaseProvider } from "../../lib/env-schema";

/** Connects once with a short timeout. The reason never contains the URL, so no password can leak. */
export async function checkDatabaseReachable(
  url: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (databaseProvider(url) === "sqlite") return { ok: true };
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: code ? `${code} ${redact(message, url)}` : redact(message, url) };
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(message: string, url: string): string {
  try {
    const { password } = new URL(url);
    return password ? message.split(decodeURIComponent(password)).join("***") : message;
  } catch {
    return message;
  }
}
