"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import type { Viewer } from "@/lib/auth";
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
 * The editors' story controls. Each one parses its form, checks that the editor may manage stories, makes the
 * change, and answers with what happened (announced), or why not with what was typed kept; every answer
 * re-renders the page (refresh), so the story's new state shows with or without JavaScript.
 */
function storyAction<S extends z.ZodObject>(
  input: S,
  change: (viewer: Viewer, data: z.output<S>) => Promise<StoryResult>,
  success: (data: z.output<S>) => string,
) {
  return serverAction(async (_state: FormState, formData: FormData): Promise<FormState> => {
    const form = parseForm(input, formData);
    const auth = await authorizeAction("story:manage");
    const state = !auth.ok
      ? formError(auth.error, form.values)
      : !form.ok
        ? form.state
        : answer(await change(auth.viewer, form.data), success(form.data), form.values);
    refresh();
    return state;
  });
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

export const renameStoryAction = storyAction(
  renameInput,
  (viewer, { storyId, ...change }) => renameStory(viewer, storyId, change),
  () => "Saved the story’s title and description.",
);

const lockInput = z.object({ storyId: id, locked: z.enum(["true", "false"]) });

export const lockStoryAction = storyAction(
  lockInput,
  (viewer, { storyId, locked }) => setStoryLocked(viewer, storyId, locked === "true"),
  ({ locked }) =>
    locked === "true" ? "Locked: articles no longer join or leave this story by themselves." : "Unlocked.",
);

const articleInput = z.object({ storyId: id, articleId: z.string().min(1).max(64) });

export const chooseLeadAction = storyAction(
  articleInput,
  (viewer, { storyId, articleId }) => chooseLead(viewer, storyId, articleId),
  () => "Changed the lead article.",
);

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

export const mergeStoriesAction = storyAction(
  mergeInput,
  (viewer, { storyId, otherStoryId }) => mergeStories(viewer, storyId, otherStoryId),
  () => "Merged: every article of the other story is now in this one.",
);
