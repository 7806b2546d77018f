"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { resetKeyPoints, saveEditorKeyPoints, setAiPanelEnabled } from "@/lib/ai";
import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A sentence anchor ("s-" and a hash), or "" for an empty slot. */
const sentenceId = z.string().regex(/^(s-[a-z0-9-]{1,40})?$/, "Choose a sentence from the list.");

const saveForm = z.object({ articleId: recordId, point: z.array(sentenceId).max(5, "Choose at most five.") });
const articleForm = z.object({ articleId: recordId });
const panelForm = z.object({ articleId: recordId, enabled: z.enum(["true", "false"]) });

const back = (articleId: string, saved: string): never =>
  redirect(`/admin/articles/${encodeURIComponent(articleId)}/key-points?saved=${saved}`);

/** An editor's key points, chosen from the article's own sentences (slot by slot, so also their order). */
export const saveKeyPointsAction = serverAction(async function saveKeyPointsAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(saveForm, formData, { lists: ["point"] });
  if (!form.ok && (form.malformed || form.state.fieldErrors.articleId)) notFound();
  const auth = await authorizeAction("article:edit-any");
  if (!auth.ok) return formError(auth.error, form.values);
  if (!form.ok) return form.state;
  const result = await saveEditorKeyPoints(auth.viewer, form.data.articleId, form.data.point.filter(Boolean));
  if (!result.ok) return formError(result.error, form.values);
  back(form.data.articleId, "points");
  return formError(undefined);
});

/** Back to the computed key points. */
export const resetKeyPointsAction = serverAction(async function resetKeyPointsAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(articleForm, formData);
  if (!form.ok) notFound();
  const auth = await authorizeAction("article:edit-any");
  if (!auth.ok) return formError(auth.error);
  const result = await resetKeyPoints(auth.viewer, form.data.articleId);
  if (!result.ok) return formError(result.error);
  back(form.data.articleId, "reset");
  return formError(undefined);
});

/** Turns the AI panel on or off for readers of this article. */
export const setAiPanelAction = serverAction(async function setAiPanelAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(panelForm, formData);
  if (!form.ok) notFound();
  const auth = await authorizeAction("article:edit-any");
  if (!auth.ok) return formError(auth.error);
  const enabled = form.data.enabled === "true";
  const result = await setAiPanelEnabled(auth.viewer, form.data.articleId, enabled);
  if (!result.ok) return formError(result.error);
  back(form.data.articleId, enabled ? "on" : "off");
  return formError(undefined);
});
