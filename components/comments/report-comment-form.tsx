"use client";

import { useActionState } from "react";

import { REPORT_REASONS } from "@/lib/comments/rules";

import { initialFormState } from "../auth/form-state";
import { FormMessage, SubmitButton } from "../forms/field";
import { FocusedResult } from "../forms/focused-result";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { reportCommentAction } from "./actions";

export function ReportCommentForm({ commentId }: { commentId: string }) {
  const [state, formAction, pending] = useActionState(reportCommentAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  if (state.status === "success" && state.message) return <FocusedResult message={state.message} />;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={state.fieldErrors?.reason ? "reason-error" : undefined}
        data-invalid={state.fieldErrors?.reason ? true : undefined}
      >
        <legend className="mb-1 font-semibold">What’s wrong with this comment?</legend>
        {Object.entries(REPORT_REASONS).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="reason"
              value={value}
              defaultChecked={state.values?.reason === value}
              required
            />
            {label}
          </label>
        ))}
        {state.fieldErrors?.reason && (
          <p id="reason-error" className="text-sm text-danger">
            {state.fieldErrors.reason}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="report-details" className="text-sm font-semibold">
          Details (required for “Something else”)
        </label>
        <textarea
          id="report-details"
          name="details"
          rows={3}
          dir="auto"
          defaultValue={state.values?.details}
          key={state.values?.details ?? "initial"}
          aria-invalid={state.fieldErrors?.details ? true : undefined}
          aria-describedby={state.fieldErrors?.details ? "details-error" : undefined}
          className="rounded-sm border border-rule bg-page p-3"
        />
        {state.fieldErrors?.details && (
          <p id="details-error" className="text-sm text-danger">
            {state.fieldErrors.details}
          </p>
        )}
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Send report</SubmitButton>
      </div>
    </form>
  );
}
