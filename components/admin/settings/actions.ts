"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { addBannedWord, removeBannedWord } from "@/lib/moderation/banned-words";
import { BANNED_WORD_MAX, bannedWordProblem, normalizeBannedWord } from "@/lib/moderation/rules";

import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Every answer re-renders the page (refresh): besides showing the new state, this sidesteps a Next.js invariant
 * ("cookies object does not match") that otherwise breaks the no-JavaScript re-render of an error answer.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const wordInput = z.object({
  word: z
    .string()
    .max(BANNED_WORD_MAX * 4, `Banned words can be at most ${BANNED_WORD_MAX} characters.`)
    .transform(normalizeBannedWord)
    .superRefine((word, ctx) => {
      const problem = bannedWordProblem(word);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const addBannedWordAction = serverAction(async function addBannedWordAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(addBannedWordForm(state, formData));
});

async function addBannedWordForm(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(wordInput, formData);
  const auth = await authorizeAction("settings:manage");
  if (!auth.ok) return formError(auth.error, form.values);
  if (!form.ok) return form.state;
  const result = await addBannedWord(auth.viewer, form.data.word);
  if (!result.ok) return formError(undefined, form.values, { word: result.error });
  return {
    status: "success",
    message: `Added “${result.word}”. New comments containing it wait for a moderator.`,
    values: {},
  };
}

const removeWordInput = z.object({ id: z.string().min(1).max(64) });

export const removeBannedWordAction = serverAction(async function removeBannedWordAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(removeBannedWordForm(state, formData));
});

async function removeBannedWordForm(_state: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorizeAction("settings:manage");
  if (!auth.ok) return formError(auth.error);
  const form = parseForm(removeWordInput, formData);
  if (!form.ok) return form.malformed ? form.state : formError("That word is no longer on the list.");
  const result = await removeBannedWord(auth.viewer, form.data.id);
  if (!result.ok) return formError(result.error);
  return { status: "success", message: `Removed “${result.word}”.` };
}
