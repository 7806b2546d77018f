import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";

import { PageHeading } from "@/components/page-heading";
import { readOutbox } from "@/lib/mail";

export const instant = false;
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

/** Development only: what the app would have emailed. A 404 in production. */
export default async function DevMailboxPage() {
  await connection();
  if (process.env.NODE_ENV === "production") notFound();
  const messages = await readOutbox();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading
        title="Development mailbox"
        description="Mail sent while EMAIL_SERVER is unset. Newest first."
      />
      {messages.length === 0 ? (
        <p className="text-muted">No mail yet.</p>
      ) : (
        <ol className="divide-y divide-rule">
          {messages.map((message) => (
            <li key={message.id} className="py-4">
              <p className="text-sm text-muted">
                To {message.to} · {message.sentAt}
              </p>
              <p className="font-semibold">{message.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap text-sm">{message.text}</pre>
              {message.link && (
                <a
                  href={message.link}
                  className="mt-2 inline-block font-semibold text-accent hover:underline"
                >
                  Open the link
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
