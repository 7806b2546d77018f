import "server-only";

import { sendMail } from "../mail";
import { env } from "../env";

export async function sendMagicLinkMail(email: string, url: string): Promise<void> {
  const site = env.SITE_NAME;
  await sendMail({
    to: email,
    subject: `Sign in to ${site}`,
    link: url,
    text: `Sign in to ${site} with this link:\n\n${url}\n\nIt works once, for 15 minutes. If you did not ask for it, ignore this email.`,
    html: `<p>Sign in to ${escapeHtml(site)} with this link:</p><p><a href="${escapeHtml(url)}">Sign in</a></p><p>It works once, for 15 minutes. If you did not ask for it, ignore this email.</p>`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
