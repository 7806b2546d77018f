"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { addFeed, describePoll, POLL_INTERVALS, pollFeedNow, setFeedPaused } from "@/lib/ingest/sources";

import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Every answer re-renders the page (refresh), so the feed's health shows what the action did; see
 * components/admin/users/actions.ts for why this also keeps the no-JavaScript answer working.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const checkbox = z.string().transform((value) => value === "on");

const feedInput = z.object({
  sourceId: z.string().min(1, "Choose an outlet.").max(64, "Choose an outlet."),
  url: z
    .string()
    .trim()
    .min(1, "Enter the feed’s address.")
    .max(2000, "That address is too long.")
    .pipe(z.url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://." })),
  sectionId: z.string().min(1, "Choose a section.").max(64, "Choose a section."),
  pollIntervalSeconds: z.coerce
    .number({ message: "Choose how often to poll." })
    .refine((value) => (POLL_INTERVALS as readonly number[]).includes(value), "Choose how often to poll."),
  fullText: checkbox,
  holdForReview: checkbox,
});

/** Adds a feed to an outlet; the worker polls it at once. */
export const addFeedAction = serverAction(async function addFeedAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(addFeedForm(state, formData));
});

async function addFeedForm(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(feedInput, formData, { message: "Fix the highlighted fields." });
  const auth = await authorizeAction("source:manage");
  if (!auth.ok) return formError(auth.error, form.values);
  if (!form.ok) return form.state;
  const result = await addFeed(auth.viewer, form.data);
  if (!result.ok)
    return result.field
      ? formError("Fix the highlighted fields.", form.values, { [result.field]: result.error })
      : formError(result.error, form.values);
  return {
    status: "success",
    message: `Added ${form.data.url}. It will be polled within a few seconds.`,
    values: {},
  };
}

const feedIdInput = z.object({ feedId: z.string().min(1).max(64) });

/** "Poll now": polls the feed in this request and says what came of it. */
export const pollFeedNowAction = serverAction(async function pollFeedNowAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(pollFeedNowForm(state, formData));
});

async function pollFeedNowForm(_state: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorizeAction("source:manage");
  if (!auth.ok) return formError(auth.error);
  const form = parseForm(feedIdInput, formData);
  if (!form.ok) return form.malformed ? form.state : formError("That feed no longer exists.");
  const outcome = await pollFeedNow(auth.viewer, form.data.feedId);
  const message = `Polled: ${describePoll(outcome)}`;
  return outcome.status === "failed" || outcome.status === "missing" || outcome.status === "busy"
    ? formError(message)
    : { status: "success", message };
}

const pauseInput = z.object({ feedId: z.string().min(1).max(64), paused: z.enum(["1", "0"]) });

/** Pauses or resumes a feed. */
export const setFeedPausedAction = serverAction(async function setFeedPausedAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(setFeedPausedForm(state, formData));
});

async function setFeedPausedForm(_state: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorizeAction("source:manage");
  if (!auth.ok) return formError(auth.error);
  const form = parseForm(pauseInput, formData);
  if (!form.ok) return form.malformed ? form.state : formError("That feed no longer exists.");
  const paused = form.data.paused === "1";
  const result = await setFeedPaused(auth.viewer, form.data.feedId, paused);
  if (!result.ok) return formError(result.error);
  return {
    status: "success",
    message: paused
      ? "Paused: it won’t be polled until resumed."
      : "Resumed: it will be polled within a few seconds.",
  };
}
