"use client";

import { useActionState } from "react";

import { initialFormState, type FormState } from "@/lib/validation/form-state";

import { Field, FormMessage, SubmitButton } from "../../forms/field";
import {
  chooseLeadAction,
  lockStoryAction,
  mergeStoriesAction,
  renameStoryAction,
  splitArticleAction,
} from "./actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RenameStoryForm({
  storyId,
  title,
  description,
}: {
  storyId: string;
  title: string;
  description: string;
}) {
  const [state, formAction, pending] = useActionState(renameStoryAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="storyId" value={storyId} />
      <Field
        label="Title"
        name="title"
        required
        maxLength={200}
        defaultValue={state.values?.title ?? title}
        key={`t-${state.values?.title ?? title}`}
        error={state.fieldErrors?.title}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="story-description" className="text-sm font-semibold">
          Description
        </label>
        <textarea
          id="story-description"
          name="description"
          rows={3}
          maxLength={500}
          defaultValue={state.values?.description ?? description}
          key={`d-${state.values?.description ?? description}`}
          aria-invalid={state.fieldErrors?.description ? true : undefined}
          aria-describedby={state.fieldErrors?.description ? "story-description-error" : undefined}
          className="rounded-sm border border-rule bg-page px-3 py-2 text-base"
        />
        {state.fieldErrors?.description && (
          <p id="story-description-error" className="text-sm text-danger">
            {state.fieldErrors.description}
          </p>
        )}
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Save title and description</SubmitButton>
      </div>
    </form>
  );
}

/** A one-button form with hidden fields; its result is announced beside the button. */
function ButtonForm({
  action,
  fields,
  label,
  disabled = false,
  children,
}: {
  action: Action;
  fields: Record<string, string>;
  /** The button's accessible name when its text alone is ambiguous (one per article); it starts with the text. */
  label?: string;
  /** Shown but not pressable (the article is already the lead); the form stays, so its result stays announced. */
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending || disabled}
        aria-label={label}
        className="rounded-sm border border-rule px-2 py-1 text-sm font-medium hover:bg-surface disabled:opacity-60"
      >
        {children}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function LockStoryForm({ storyId, locked }: { storyId: string; locked: boolean }) {
  return (
    <ButtonForm action={lockStoryAction} fields={{ storyId, locked: String(!locked) }}>
      {locked ? "Unlock story" : "Lock story"}
    </ButtonForm>
  );
}

export function ChooseLeadForm({
  storyId,
  articleId,
  title,
  isLead,
}: {
  storyId: string;
  articleId: string;
  title: string;
  isLead: boolean;
}) {
  return (
    <ButtonForm
      action={chooseLeadAction}
      fields={{ storyId, articleId }}
      label={isLead ? `Lead: ${title}` : `Make lead: ${title}`}
      disabled={isLead}
    >
      {isLead ? "Lead" : "Make lead"}
    </ButtonForm>
  );
}

export function SplitArticleForm({
  storyId,
  articleId,
  title,
}: {
  storyId: string;
  articleId: string;
  title: string;
}) {
  return (
    <ButtonForm action={splitArticleAction} fields={{ storyId, articleId }} label={`Split out: ${title}`}>
      Split out
    </ButtonForm>
  );
}

export function MergeStoryForm({
  storyId,
  candidates,
}: {
  storyId: string;
  candidates: { id: string; title: string; articleCount: number }[];
}) {
  const [state, formAction, pending] = useActionState(mergeStoriesAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="storyId" value={storyId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="merge-other" className="text-sm font-semibold">
          Story to merge into this one
        </label>
        <select
          id="merge-other"
          name="otherStoryId"
          required
          defaultValue={state.values?.otherStoryId ?? ""}
          aria-invalid={state.fieldErrors?.otherStoryId ? true : undefined}
          aria-describedby={state.fieldErrors?.otherStoryId ? "merge-other-error" : undefined}
          className="max-w-full rounded-sm border border-rule bg-page px-3 py-2 text-base"
        >
          <option value="">Choose a story…</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title} ({candidate.articleCount})
            </option>
          ))}
        </select>
        {state.fieldErrors?.otherStoryId && (
          <p id="merge-other-error" className="text-sm text-danger">
            {state.fieldErrors.otherStoryId}
          </p>
        )}
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Merge</SubmitButton>
      </div>
    </form>
  );
}
