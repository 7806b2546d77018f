"use client";

import { useActionState, useId, useState, useTransition } from "react";

import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";

import { initialFormState } from "../auth/form-state";
import { FormMessage, SubmitButton } from "../forms/field";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { useTypedBeforeHydration } from "../forms/use-typed-before-hydration";
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

const limit = COMMENT_MAX_LENGTH.toLocaleString("en");

/** Counted as the server counts: line breaks as one character, surrounding blank space ignored. */
function countCharacters(text: string): number {
  return text.replace(/\r\n?/g, "\n").trim().length;
}

/**
 * What the live region says. It changes only when the count crosses one of these lines, so a screen reader
 * hears about the limit a few times while typing, not on every keystroke.
 */
function limitAnnouncement(count: number): string {
  const left = COMMENT_MAX_LENGTH - count;
  if (left < 0) return `Over the limit: comments can be at most ${limit} characters.`;
  if (left <= 100) return "Fewer than 100 characters left.";
  if (left <= 500) return "Fewer than 500 characters left.";
  return "";
}

/**
 * Posts (or edits) a comment. Works without JavaScript; with it, errors come back without losing the text.
 * There is no maxLength: text over the limit stays as typed, the counter says so, and the server refuses it.
 */
export function CommentForm(props: CommentFormProps) {
  const [state, formAction, pending] = useActionState(
    props.mode === "post" ? postCommentAction : editCommentAction,
    initialFormState,
  );
  const [, startTransition] = useTransition();
  const fieldId = useId();
  const error = state.fieldErrors?.body;
  const initialBody = state.values?.body ?? props.defaultBody ?? "";
  const fieldDefault = useTypedBeforeHydration(fieldId, initialBody);
  // The count of what is typed now; a new answer from the server (a new initialBody) starts it again.
  const [typed, setTyped] = useState({ from: initialBody, count: countCharacters(initialBody) });
  const count = typed.from === initialBody ? typed.count : countCharacters(initialBody);
  const over = count > COMMENT_MAX_LENGTH;

  // A refused comment: back to the text, which says what is wrong (its error is in aria-describedby).
  const formRef = useFocusFirstInvalid(state);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        // Submitting in a transition of our own skips React's automatic reset of the form after an action:
        // a refused comment stays exactly as typed (the reset would land on the next keystroke, since the
        // counter renders on each one). Without JavaScript the form posts to the same action.
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      className="flex flex-col gap-2"
    >
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
        defaultValue={fieldDefault}
        onInput={(event) =>
          setTyped({ from: initialBody, count: countCharacters(event.currentTarget.value) })
        }
        aria-invalid={error || over ? true : undefined}
        aria-describedby={`${error ? `${fieldId}-error` : `${fieldId}-hint`} ${fieldId}-count`}
        className="rounded-sm border border-rule bg-page p-3 text-base aria-[invalid=true]:border-danger"
      />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        {error ? (
          <p id={`${fieldId}-error`} className="text-sm text-danger">
            {error}
          </p>
        ) : (
          <p id={`${fieldId}-hint`} className="text-xs text-muted">
            Plain text. Links are allowed; blank lines start a new paragraph. Up to {limit} characters.
          </p>
        )}
        <p
          id={`${fieldId}-count`}
          className={`text-xs tabular-nums ${over ? "font-semibold text-danger" : "text-muted"}`}
        >
          {count.toLocaleString("en")} / {limit}
          {over && ` (${(count - COMMENT_MAX_LENGTH).toLocaleString("en")} too many)`}
        </p>
      </div>
      <p aria-live="polite" className="sr-only">
        {limitAnnouncement(count)}
      </p>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
