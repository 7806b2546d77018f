import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { resetKeyPointsAction, setAiPanelAction } from "@/components/admin/key-points/actions";
import { KeyPointsForm } from "@/components/admin/key-points/key-points-form";
import { ActionButton } from "@/components/forms/action-button";
import { requirePageCapability } from "@/lib/admin/guard";
import { getKeyPointEditor } from "@/lib/ai";

export const instant = false;
export const metadata: Metadata = { title: "Key points" };

const savedMessages: Record<string, string> = {
  points: "Key points saved. Readers see them now.",
  reset: "Back to the computed key points.",
  on: "The AI panel is on for this article.",
  off: "The AI panel is off: readers of this article no longer see it.",
};

const buttonClass = "rounded-sm border border-rule px-3 py-2 text-sm font-semibold hover:border-accent";

export default async function KeyPointsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const viewer = await requirePageCapability("article:edit-any", `/admin/articles/${id}/key-points`);
  const editor = await getKeyPointEditor(viewer, id);
  if (!editor) notFound();
  const saved = savedMessages[(await searchParams).saved ?? ""];

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin/articles/${editor.articleId}`} className="text-accent hover:underline">
            ← Back to the editor
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Key points</h1>
        <p className="text-muted">{editor.title}</p>
      </div>
      {saved && (
        <p role="status" className="rounded-sm bg-surface p-3 text-sm">
          {saved}
        </p>
      )}
      <section aria-labelledby="panel-heading" className="flex flex-col gap-2">
        <h2 id="panel-heading" className="text-lg font-bold">
          AI panel
        </h2>
        <p className="text-sm">
          The panel (key points, Ask this story, the story so far, Listen) is{" "}
          <strong>{editor.aiPanelEnabled ? "on" : "off"}</strong> for this article.
        </p>
        <ActionButton
          action={setAiPanelAction}
          fields={{ articleId: editor.articleId, enabled: editor.aiPanelEnabled ? "false" : "true" }}
          className={buttonClass}
        >
          {editor.aiPanelEnabled ? "Turn the panel off" : "Turn the panel on"}
        </ActionButton>
      </section>
      <section aria-labelledby="points-heading" className="flex flex-col gap-3">
        <h2 id="points-heading" className="text-lg font-bold">
          Points readers see
        </h2>
        <p className="text-sm text-muted">
          {editor.chosenByEditor
            ? "Chosen by an editor. They follow the article: a chosen sentence edited away is replaced by a computed one."
            : "Computed from the article each time it is saved."}
        </p>
        <KeyPointsForm articleId={editor.articleId} points={editor.points} sentences={editor.sentences} />
        {editor.chosenByEditor && (
          <ActionButton
            action={resetKeyPointsAction}
            fields={{ articleId: editor.articleId }}
            className={buttonClass}
          >
            Use the computed key points again
          </ActionButton>
        )}
      </section>
    </div>
  );
}
