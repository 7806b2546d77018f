"use client";

import { useActionState } from "react";

import { FormMessage, SubmitButton } from "@/components/forms/field";
import type { KeyPoint } from "@/lib/ai/key-points";
import { initialFormState } from "@/lib/validation/form-state";

import { saveKeyPointsAction } from "./actions";

const SLOTS = 5;
const REQUIRED_SLOTS = 3;

/**
 * The key points, slot by slot: each slot is a choice among the article's own sentences, so an editor can
 * reorder them or swap one for another sentence, but never type one (they must stay quotes).
 */
export function KeyPointsForm({
  articleId,
  points,
  sentences,
}: {
  articleId: string;
  points: KeyPoint[];
  sentences: KeyPoint[];
}) {
  const [state, formAction, pending] = useActionState(saveKeyPointsAction, initialFormState);
  const kept = state.values?.point?.split(",");
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-describedby="key-points-help">
      <input type="hidden" name="articleId" value={articleId} />
      <p id="key-points-help" className="text-sm text-muted">
        Choose three to five sentences of the article, in the order readers should see them. Leave the last
        slots empty for fewer.
      </p>
      {Array.from({ length: SLOTS }, (_, slot) => (
        <div key={slot} className="flex flex-col gap-1">
          <label htmlFor={`point-${slot}`} className="text-sm font-semibold">
            Key point {slot + 1}
            {slot >= REQUIRED_SLOTS && " (optional)"}
          </label>
          <select
            id={`point-${slot}`}
            name="point"
            defaultValue={kept?.[slot] ?? points[slot]?.sentenceId ?? ""}
            className="w-full rounded-sm border border-rule bg-page px-2 py-2 text-sm"
          >
            {slot >= REQUIRED_SLOTS && <option value="">— none —</option>}
            {sentences.map((sentence) => (
              <option key={sentence.sentenceId} value={sentence.sentenceId}>
                {sentence.text.length > 140 ? `${sentence.text.slice(0, 139)}…` : sentence.text}
              </option>
            ))}
          </select>
        </div>
      ))}
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Save key points</SubmitButton>
      </div>
    </form>
  );
}
