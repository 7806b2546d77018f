"use client";

import { useActionState, useId } from "react";

import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";

import { initialFormState } from "../auth/form-state";
import { FormMessage, SubmitButton } from "../forms/field";
import { editCommentAction, postCommentAction } from "./actions";

type CommentFormProps =
  | {
      mode: "post";
      articleId: string;
      parentId?: string;
      label: string;
      submitLabel: string;
      defaultBody?: string;
    }
  | { mode: "edit"; commentId: string; label: string; submitLabel: string; defaultBody: string };

/** Posts (or edits) a comment. Works without JavaScript; with it, errors come back without losing the text. */
export function CommentForm(props: CommentFormProps) {
  const [state, formAction, pending] = useActionState(
    props.mode === "post" ? postCommentAction : editCommentAction,
    initialFormState,
  );
  const fieldId = useId();
  const error = state.fieldErrors?.body;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {props.mode === "post" ? (
        <>
          <input type="hidden" name="articleId" value={props.articleId} />
          {props.parentId && <input type="hidden" name="parentId" value={props.parentId} />}
        </>
      ) : (
        <input type="hidden" name="commentId" value={props.commentId} />
      )}
      <label htmlFor={fieldId} className="text-sm font-semibold">
        {props.label}
      </label>
      <textarea
        id={fieldId}
        name="body"
        rows={4}
        dir="auto"
        required
        maxLength={COMMENT_MAX_LENGTH + 1000}
        defaultValue={state.values?.body ?? props.defaultBody}
        key={state.values?.body ?? "initial"}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : `${fieldId}-hint`}
        className="rounded-sm border border-rule bg-page p-3 text-base aria-[invalid=true]:border-danger"
      />
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : (
        <p id={`${fieldId}-hint`} className="text-xs text-muted">
          Plain text. Links are allowed; blank lines start a new paragraph. Up to{" "}
          {COMMENT_MAX_LENGTH.toLocaleString("en")} characters.
        </p>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
