"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import {
  chooseLead,
  mergeStories,
  renameStory,
  setStoryLocked,
  splitArticle,
  type StoryResult,
} from "@/lib/stories/editing";
import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * The editors' story controls. Every answer re-renders the page (refresh), so the story's new state shows with
 * or without JavaScript; the message says what happened and is announced.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const id = z.string().min(1, "Choose a story.").max(64);

const answer = (result: StoryResult, success: string, values?: Record<string, string>): FormState =>
  result.ok ? { status: "success", message: success } : formError(result.error, values);

const renameInput = z.object({
  storyId: id,
  title: z
    .string()
    .trim()
    .min(1, "Give the story a title.")
    .max(200, "Titles can be at most 200 characters."),
  description: z.string().trim().max(500, "Descriptions can be at most 500 characters."),
});

export const renameStoryAction = serverAction(async function renameStoryAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(
    (async () => {
      const form = parseForm(renameInput, formData);
      const auth = await authorizeAction("story:manage");
      if (!auth.ok) return formError(auth.error, form.values);
      if (!form.ok) return form.state;
      const { storyId, ...change } = form.data;
      return answer(
        await renameStory(auth.viewer, storyId, change),
        "Saved the story’s title and description.",
        form.values,
      );
    })(),
  );
});

const lockInput = z.object({ storyId: id, locked: z.enum(["true", "false"]) });

export const lockStoryAction = serverAction(async function lockStoryAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(
    (async () => {
      const auth = await authorizeAction("story:manage");
      if (!auth.ok) return formError(auth.error);
      const form = parseForm(lockInput, formData);
      if (!form.ok) return form.state;
      const locked = form.data.locked === "true";
      return answer(
        await setStoryLocked(auth.viewer, form.data.storyId, locked),
        locked ? "Locked: articles no longer join or leave this story by themselves." : "Unlocked.",
      );
    })(),
  );
});

const articleInput = z.object({ storyId: id, articleId: z.string().min(1).max(64) });

export const chooseLeadAction = serverAction(async function chooseLeadAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(
    (async () => {
      const auth = await authorizeAction("story:manage");
      if (!auth.ok) return formError(auth.error);
      const form = parseForm(articleInput, formData);
      if (!form.ok) return form.state;
      return answer(
        await chooseLead(auth.viewer, form.data.storyId, form.data.articleId),
        "Changed the lead article.",
      );
    })(),
  );
});

/** On success, goes to the new story's page (the article has left this one, and its form with it). */
export const splitArticleAction = serverAction(async function splitArticleAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const auth = await authorizeAction("story:manage");
  if (!auth.ok) return formError(auth.error);
  const form = parseForm(articleInput, formData);
  if (!form.ok) return form.state;
  const result = await splitArticle(auth.viewer, form.data.articleId);
  if (!result.ok) return formError(result.error);
  redirect(`/admin/stories/${result.id}?split=1`);
});

const mergeInput = z.object({ storyId: id, otherStoryId: id });

export const mergeStoriesAction = serverAction(async function mergeStoriesAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(
    (async () => {
      const form = parseForm(mergeInput, formData);
      const auth = await authorizeAction("story:manage");
      if (!auth.ok) return formError(auth.error, form.values);
      if (!form.ok) return form.state;
      return answer(
        await mergeStories(auth.viewer, form.data.storyId, form.data.otherStoryId),
        "Merged: every article of the other story is now in this one.",
        form.values,
      );
    })(),
  );
});
