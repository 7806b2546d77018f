"use client";

import { useActionState, useId } from "react";

import type { CommentStatus } from "@/lib/generated/sqlite/enums";
import {
  MODERATION_ACTIONS,
  MODERATION_EFFECTS,
  MODERATION_REASON_MAX,
  COMMENTING_REASON_MAX,
  type ModerationAction,
} from "@/lib/moderation/rules";

import { initialFormState } from "../../auth/form-state";
import { Field, FormMessage, SubmitButton, PendingButton } from "../../forms/field";
import { useFocusFirstInvalid } from "../../forms/use-form-focus";
import { moderateCommentsAction, setCommentingAction } from "./actions";

export const BULK_FORM_ID = "bulk-moderation";

const buttonClass = "rounded-sm border border-rule px-3 py-1 text-sm font-medium hover:bg-surface";
const selectClass = "rounded-sm border border-rule bg-page px-3 py-2 text-base";

/** Ticks or unticks every comment checkbox on the page (needs JavaScript; without it, tick them one by one). */
function SelectAll({ formId }: { formId: string }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          document
            .querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=ids][form="${formId}"]`)
            .forEach((box) => {
              box.checked = checked;
            });
        }}
      />
      Select all on this page
    </label>
  );
}

/** One form for the whole page; each comment's checkbox joins it with form="bulk-moderation". Works without JavaScript. */
export function BulkModerationForm({ count }: { count: number }) {
  const [state, formAction, pending] = useActionState(moderateCommentsAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form
      ref={formRef}
      id={BULK_FORM_ID}
      action={formAction}
      className="flex flex-col gap-3 rounded-sm border border-rule p-4"
      aria-labelledby="bulk-heading"
    >
      <h2 id="bulk-heading" className="font-serif text-lg font-bold">
        Selected comments
      </h2>
      {count > 0 && <SelectAll formId={BULK_FORM_ID} />}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-action" className="text-sm font-semibold">
            Action
          </label>
          <select
            id="bulk-action"
            name="action"
            defaultValue={state.values?.action || "approve"}
            key={state.values?.action}
            className={selectClass}
          >
            {MODERATION_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {MODERATION_EFFECTS[action].label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-64 flex-1">
          <Field
            label="Reason"
            name="reason"
            id="bulk-reason"
            maxLength={MODERATION_REASON_MAX}
            hint="Required to remove; kept with the comment and in the audit log."
            defaultValue={state.values?.reason}
            key={`reason-${state.values?.reason ?? ""}`}
            error={state.fieldErrors?.reason}
          />
        </div>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Apply to selected</SubmitButton>
      </div>
    </form>
  );
}

function actionsFor(status: CommentStatus, hasReports: boolean): ModerationAction[] {
  switch (status) {
    case "PENDING":
      return ["approve", "hide"];
    case "VISIBLE":
      return hasReports ? ["approve", "hide"] : ["hide"];
    case "HIDDEN":
      return ["restore"];
    case "REMOVED":
      return ["restore"];
  }
}

/** A comment's own buttons. The clicked button's name/value says what to do. */
export function CommentModerationForm({
  commentId,
  status,
  hasReports,
}: {
  commentId: string;
  status: CommentStatus;
  hasReports: boolean;
}) {
  const [state, formAction, pending] = useActionState(moderateCommentsAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  const reasonId = `reason-${useId()}`;
  const labels: Partial<Record<ModerationAction, string>> =
    hasReports && status === "VISIBLE" ? { approve: "Keep (dismiss reports)" } : {};
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="ids" value={commentId} />
      <div className="flex flex-wrap items-start gap-2">
        {actionsFor(status, hasReports).map((action) => (
          <PendingButton
            key={action}
            type="submit"
            name="action"
            value={action}
            pending={pending}
            className={buttonClass}
          >
            {labels[action] ?? MODERATION_EFFECTS[action].label}
          </PendingButton>
        ))}
        {status !== "REMOVED" && (
          <details className="flex-1" open={Boolean(state.fieldErrors?.reason) || undefined}>
            <summary className="cursor-pointer py-1 text-sm font-medium text-danger">Remove…</summary>
            <div className="mt-2 flex flex-col gap-2">
              <Field
                label="Reason for removing"
                name="reason"
                id={reasonId}
                maxLength={MODERATION_REASON_MAX}
                defaultValue={state.values?.reason}
                error={state.fieldErrors?.reason}
              />
              <div>
                <PendingButton
                  type="submit"
                  name="action"
                  value="remove"
                  pending={pending}
                  className={`${buttonClass} text-danger`}
                >
                  Remove comment
                </PendingButton>
              </div>
            </div>
          </details>
        )}
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Turn commenting off (with a reason the person is shown) or back on. */
export function CommentingForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(setCommentingAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "0" : "1"} />
      {!disabled && (
        <Field
          label="Reason"
          name="reason"
          id={`commenting-reason-${userId}`}
          maxLength={COMMENTING_REASON_MAX}
          hint="They see this when they try to comment. Also kept in the audit log."
          defaultValue={state.values?.reason}
          error={state.fieldErrors?.reason}
        />
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>
          {disabled ? "Turn commenting back on" : "Turn off commenting"}
        </SubmitButton>
      </div>
    </form>
  );
}
