/**
 * Mail the e2e server sent, as captured by scripts/e2e-smtp.mjs (a real SMTP server the app reaches through
 * EMAIL_SERVER): one JSON file per message in data/e2e-mail/.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Playwright runs from the repository root (where playwright.config.ts is). */
export const MAIL_DIR = path.resolve("data", "e2e-mail");

export type CapturedMail = {
  id: string;
  receivedAt: string;
  /** Envelope sender and recipients (lower-cased). */
  from: string;
  to: string[];
  subject: string;
  headerFrom: string;
  headerTo: string;
  text: string;
  html: string;
  raw: string;
};

/** Every captured message to `address` (case-insensitive), oldest first. */
export async function mailTo(address: string): Promise<CapturedMail[]> {
  const wanted = address.toLowerCase();
  const files = (await readdir(MAIL_DIR).catch(() => [] as string[]))
    .filter((file) => file.endsWith(".json"))
    .sort();
  const messages: CapturedMail[] = [];
  for (const file of files) {
    const message = JSON.parse(await readFile(path.join(MAIL_DIR, file), "utf8")) as CapturedMail;
    if (message.to.includes(wanted)) messages.push(message);
  }
  return messages;
}

/**
 * Waits for message number `count` (1-based, default the first) to `address` and returns it. Pass count 2 to
 * wait for a second message after reading the first.
 */
export async function waitForMail(
  address: string,
  { count = 1, timeout = 15_000 }: { count?: number; timeout?: number } = {},
): Promise<CapturedMail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const messages = await mailTo(address);
    if (messages.length >= count) return messages[count - 1]!;
    if (Date.now() > deadline) {
      throw new Error(
        `No mail #${count} to ${address} within ${timeout} ms (have ${messages.length}) in ${MAIL_DIR}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The sign-in (or address confirmation) link in a message's plain-text part. */
export function signInLink(mail: CapturedMail): string {
  const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text)?.[0];
  if (!link)
    throw new Error(`No sign-in link in mail "${mail.subject}" to ${mail.to.join(", ")}:\n${mail.text}`);
  return link;
}
