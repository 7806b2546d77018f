import "server-only";

import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { createTransport } from "nodemailer";

import { env } from "../env";

export type Mail = { to: string; subject: string; text: string; html: string; link?: string };

const OUTBOX_DIR = path.resolve("data", "outbox");

/** SMTP through EMAIL_SERVER; without it (development) messages go to ./data/outbox and the link to the log. */
export async function sendMail(mail: Mail): Promise<void> {
  if (env.EMAIL_SERVER) {
    const transport = createTransport(env.EMAIL_SERVER);
    await transport.sendMail({
      from: env.EMAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return;
  }
  await mkdir(OUTBOX_DIR, { recursive: true });
  const sentAt = new Date();
  const file = path.join(OUTBOX_DIR, `${sentAt.getTime()}-${Math.random().toString(36).slice(2, 8)}.json`);
  await writeFile(file, JSON.stringify({ ...mail, sentAt: sentAt.toISOString() }, null, 2));
  console.log(`[mail] To ${mail.to}: ${mail.subject}${mail.link ? `\n[mail] Link: ${mail.link}` : ""}`);
}

export type OutboxMessage = Mail & { id: string; sentAt: string };

/** Newest first; only used by the development mailbox page. */
export async function readOutbox(limit = 50): Promise<OutboxMessage[]> {
  const files = await readdir(OUTBOX_DIR).catch(() => [] as string[]);
  const newest = files
    .filter((file) => file.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(async (file) => ({
      id: file,
      ...(JSON.parse(await readFile(path.join(OUTBOX_DIR, file), "utf8")) as Mail & { sentAt: string }),
    })),
  );
}
