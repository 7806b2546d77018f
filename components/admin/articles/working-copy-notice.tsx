import { ActionButton } from "../../forms/action-button";
import { discardWorkingCopyAction } from "./actions";

/**
 * Shown above the editor when a live story has autosaved changes readers don't see yet: when they were saved,
 * which fields differ, and how to publish or drop them.
 */
export function WorkingCopyNotice({
  articleId,
  savedAt,
  changedFields,
}: {
  articleId: string;
  savedAt: Date;
  changedFields: string[];
}) {
  return (
    <section
      aria-labelledby="working-copy-heading"
      className="mb-4 rounded-sm border border-accent bg-surface p-3 text-sm"
    >
      <h2 id="working-copy-heading" className="font-semibold">
        Unpublished changes
      </h2>
      <p className="mt-1">
        Autosaved at{" "}
        <time dateTime={savedAt.toISOString()}>
          {savedAt.toISOString().replace("T", " ").slice(0, 19)} UTC
        </time>
        . Readers still see the live version, which differs in: {changedFields.join(", ")}. “Update” publishes
        these changes.
      </p>
      <ActionButton
        action={discardWorkingCopyAction}
        fields={{ articleId }}
        formClassName="mt-2"
        className="text-accent underline"
      >
        Discard these changes
      </ActionButton>
    </section>
  );
}
