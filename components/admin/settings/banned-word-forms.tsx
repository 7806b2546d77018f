"use client";

import { useActionState } from "react";

import { BANNED_WORD_MAX } from "@/lib/moderation/rules";

import { initialFormState } from "../../auth/form-state";
import { Field, FormMessage, SubmitButton, PendingButton } from "../../forms/field";
import { useFocusFirstInvalid } from "../../forms/use-form-focus";
import { addBannedWordAction, removeBannedWordAction } from "./actions";

export function AddBannedWordForm() {
  const [state, formAction, pending] = useActionState(addBannedWordAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <Field
        label="Word or phrase"
        name="word"
        autoComplete="off"
        required
        maxLength={BANNED_WORD_MAX}
        hint={`Up to ${BANNED_WORD_MAX} characters; stored in lower case. Matches whole words, in any case.`}
        defaultValue={state.values?.word}
        key={state.values?.word ?? ""}
        error={state.fieldErrors?.word}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Add word</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveBannedWordForm({ id, word }: { id: string; word: string }) {
  const [state, formAction, pending] = useActionState(removeBannedWordAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <PendingButton
        type="submit"
        pending={pending}
        className="rounded-sm border border-rule px-2 py-0.5 text-xs font-medium text-danger hover:bg-surface"
      >
        {pending ? "Removing…" : "Remove"}
        <span className="sr-only"> “{word}”</span>
      </PendingButton>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      )}
    </form>
  );
}
