"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { addBannedWord, removeBannedWord } from "@/lib/moderation/banned-words";
import { BANNED_WORD_MAX, bannedWordProblem, normalizeBannedWord } from "@/lib/moderation/rules";

import type { FormState } from "../../auth/form-state";

const field = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

/**
 * Every answer re-renders the page (refresh): besides showing the new state, this sidesteps a Next.js invariant
 * ("cookies object does not match") that otherwise breaks the no-JavaScript re-render of an error answer.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const wordInput = z
  .string()
  .max(BANNED_WORD_MAX * 4, `Banned words can be at most ${BANNED_WORD_MAX} characters.`)
  .transform(normalizeBannedWord)
  .superRefine((word, ctx) => {
    const problem = bannedWordProblem(word);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export async function addBannedWordAction(state: FormState, formData: FormData): Promise<FormState> {
  return settled(addBannedWordForm(state, formData));
}

async function addBannedWordForm(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { word: field(formData, "word") };
  const auth = await authorizeAction("settings:manage");
  if (!auth.ok) return { status: "error", message: auth.error, values };
  const parsed = wordInput.safeParse(values.word);
  if (!parsed.success)
    return { status: "error", fieldErrors: { word: parsed.error.issues[0]?.message }, values };
  const result = await addBannedWord(auth.viewer, parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { word: result.error }, values };
  return {
    status: "success",
    message: `Added “${result.word}”. New comments containing it wait for a moderator.`,
    values: {},
  };
}

export async function removeBannedWordAction(state: FormState, formData: FormData): Promise<FormState> {
  return settled(removeBannedWordForm(state, formData));
}

async function removeBannedWordForm(_state: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorizeAction("settings:manage");
  if (!auth.ok) return { status: "error", message: auth.error };
  const parsed = z.string().min(1).max(64).safeParse(field(formData, "id"));
  if (!parsed.success) return { status: "error", message: "That word is no longer on the list." };
  const result = await removeBannedWord(auth.viewer, parsed.data);
  if (!result.ok) return { status: "error", message: result.error };
  return { status: "success", message: `Removed “${result.word}”.` };
}
