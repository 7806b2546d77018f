import type { Metadata } from "next";

import { AddBannedWordForm, RemoveBannedWordForm } from "@/components/admin/settings/banned-word-forms";
import { PageHeading } from "@/components/page-heading";
import { requirePageCapability } from "@/lib/admin/guard";
import { listBannedWords } from "@/lib/moderation/banned-words";

export const instant = false;
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requirePageCapability("settings:manage", "/admin/settings");
  const words = await listBannedWords(viewer);
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <PageHeading title="Settings" />
      <section aria-labelledby="banned-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="banned-heading" className="font-serif text-xl font-bold">
            Banned words
          </h2>
          <p className="mt-1 text-sm text-muted-strong">
            A new or edited comment containing one of these waits in the pending queue until a moderator
            approves it.
          </p>
        </div>
        <AddBannedWordForm />
        {words.length === 0 ? (
          <p className="text-muted">No banned words yet.</p>
        ) : (
          <ul
            aria-label={`Banned words (${words.length})`}
            className="divide-y divide-rule border-y border-rule"
          >
            {words.map((word) => (
              <li key={word.id} className="flex items-center justify-between gap-3 py-2">
                <span className="font-mono text-sm break-all">{word.word}</span>
                <RemoveBannedWordForm id={word.id} word={word.word} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
