import { PendingButton } from "../../forms/pending-button";
import type { EditorArticle } from "./article-editor";
import { type FieldAccess, FieldError, inputClass } from "./editor-fields";

const primaryClass = "rounded-sm bg-ink px-4 py-2 font-semibold text-page";
const secondaryClass = "rounded-sm border border-rule px-4 py-2 font-semibold";

/**
 * Save and publish, right under the headline: two Tab stops from it rather than thirty-odd at the foot of the
 * form, and in the flow of the page rather than a sticky bar, which covered the focused field below it
 * (WCAG 2.4.11) and most of the screen at 400 % zoom. "Save" comes first: Enter in a field presses it.
 */
export function PrimaryActions({
  article,
  canPublish,
  pending,
  status,
}: {
  article: EditorArticle | null;
  canPublish: boolean;
  pending: boolean;
  /** Saving, autosaved, unsaved changes: announced politely. */
  status: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <PendingButton name="intent" value="save" pending={pending} className={primaryClass}>
        {article ? "Save" : "Save draft"}
      </PendingButton>
      {!canPublish && (!article || article.status === "DRAFT") && (
        <PendingButton name="intent" value="submit" pending={pending} className={secondaryClass}>
          Submit for review
        </PendingButton>
      )}
      {canPublish && (
        <PendingButton name="intent" value="publish" pending={pending} className={secondaryClass}>
          {article?.status === "PUBLISHED" ? "Update live article" : "Publish now"}
        </PendingButton>
      )}
      <span role="status" className="text-sm text-muted">
        {status}
      </span>
    </div>
  );
}

/** Scheduling, unpublishing and archiving: less frequent, at the end of the form. Editors only. */
export function PublishingActions({
  article,
  pending,
  fields,
}: {
  article: EditorArticle | null;
  pending: boolean;
  fields: FieldAccess;
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-sm border border-rule p-4">
      <legend className="px-1 text-sm font-semibold">Schedule or take down</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="publishAt" className="text-sm font-semibold">
            Publish at (UTC), for scheduling
          </label>
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            step={1}
            defaultValue={fields.value("publishAt", "")}
            aria-invalid={!!fields.error("publishAt")}
            aria-describedby={fields.describedBy("publishAt")}
            className={`${inputClass} max-w-64`}
          />
        </div>
        <PendingButton name="intent" value="schedule" pending={pending} className={secondaryClass}>
          Schedule
        </PendingButton>
      </div>
      <FieldError id="publishAt-error" message={fields.error("publishAt") || undefined} />
      {article && (
        <div className="flex flex-wrap gap-2">
          {["PUBLISHED", "SCHEDULED", "SUBMITTED"].includes(article.status) && (
            <PendingButton name="intent" value="unpublish" pending={pending} className={secondaryClass}>
              Unpublish
            </PendingButton>
          )}
          {article.status !== "ARCHIVED" && (
            <PendingButton name="intent" value="archive" pending={pending} className={secondaryClass}>
              Archive
            </PendingButton>
          )}
        </div>
      )}
    </fieldset>
  );
}
