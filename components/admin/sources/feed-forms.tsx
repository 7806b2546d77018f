"use client";

import { useActionState } from "react";

import { initialFormState } from "@/lib/validation/form-state";

import { Field, FormMessage, SubmitButton } from "../../forms/field";
import { addFeedAction, pollFeedNowAction, setFeedPausedAction } from "./actions";
import { intervalLabel } from "./interval-label";

type Option = { id: string; name: string };

function Select({
  label,
  name,
  options,
  value,
  error,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: string;
}) {
  const id = `feed-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        key={value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-sm border border-rule bg-page px-3 py-2 aria-[invalid=true]:border-danger"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** Adds a feed to an outlet; what was typed stays in the form when the server refuses it. */
export function AddFeedForm({
  sources,
  sections,
  intervals,
}: {
  sources: Option[];
  sections: Option[];
  intervals: readonly number[];
}) {
  const [state, formAction, pending] = useActionState(addFeedAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="add-feed-heading">
      <div className="grid gap-4 md:grid-cols-2">
        <Select
          label="Outlet"
          name="sourceId"
          value={values.sourceId}
          error={errors.sourceId}
          options={sources.map((source) => ({ value: source.id, label: source.name }))}
        />
        <Field
          label="Feed address (RSS, Atom or JSON Feed)"
          name="url"
          id="feed-url"
          type="url"
          required
          inputMode="url"
          autoComplete="off"
          placeholder="https://outlet.example/feed.xml"
          defaultValue={values.url}
          key={`url-${values.url ?? ""}`}
          error={errors.url}
        />
        <Select
          label="Section for its articles"
          name="sectionId"
          value={values.sectionId}
          error={errors.sectionId}
          options={sections.map((section) => ({ value: section.id, label: section.name }))}
        />
        <Select
          label="Poll"
          name="pollIntervalSeconds"
          value={values.pollIntervalSeconds ?? "900"}
          error={errors.pollIntervalSeconds}
          options={intervals.map((seconds) => ({ value: String(seconds), label: intervalLabel(seconds) }))}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">Policy</legend>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="fullText"
            defaultChecked={values.fullText === "on"}
            key={`ft-${values.fullText}`}
          />
          Republish the full text (only when the outlet allows it; otherwise the excerpt and a link)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="holdForReview"
            defaultChecked={values.holdForReview === "on"}
            key={`hr-${values.holdForReview}`}
          />
          Hold new items for an editor’s review instead of publishing them at once
        </label>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Add feed</SubmitButton>
      </div>
    </form>
  );
}

/** "Poll now" and pause/resume for one feed, each answering under its button. */
export function FeedActions({ feedId, paused, label }: { feedId: string; paused: boolean; label: string }) {
  const [pollState, pollAction, polling] = useActionState(pollFeedNowAction, initialFormState);
  const [pauseState, pauseAction, pausing] = useActionState(setFeedPausedAction, initialFormState);
  const button =
    "rounded-sm border border-rule px-3 py-1 text-sm font-medium hover:bg-surface disabled:opacity-60";
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <form action={pollAction}>
          <input type="hidden" name="feedId" value={feedId} />
          <button type="submit" disabled={polling} className={button}>
            {polling ? "Polling…" : "Poll now"}
            <span className="sr-only"> {label}</span>
          </button>
        </form>
        <form action={pauseAction}>
          <input type="hidden" name="feedId" value={feedId} />
          <input type="hidden" name="paused" value={paused ? "0" : "1"} />
          <button type="submit" disabled={pausing} className={button}>
            {paused ? "Resume" : "Pause"}
            <span className="sr-only"> {label}</span>
          </button>
        </form>
      </div>
      <FormMessage state={pollState} />
      <FormMessage state={pauseState} />
    </div>
  );
}
