"use client";

import { useActionState } from "react";

import { initialFormState } from "../auth/form-state";
import { FormMessage, SubmitButton } from "../forms/field";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { deleteCommentAction } from "./actions";

export function DeleteCommentForm({ commentId }: { commentId: string }) {
  const [state, formAction, pending] = useActionState(deleteCommentAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="commentId" value={commentId} />
      <p>
        Delete this comment? Its text is removed for good; replies to it stay, under a “[deleted]”
        placeholder.
      </p>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Delete comment</SubmitButton>
      </div>
    </form>
  );
}
