"use client";

import { useEffect, useRef } from "react";

type AnsweredState = { status: string; fieldErrors?: Record<string, string | undefined> };

/**
 * Where focus goes when a form is refused: to its first invalid field, whose error is in its aria-describedby,
 * so a screen reader reads the field and what is wrong with it, and the next keystroke fixes it. A refusal of
 * the whole form (no field named) leaves focus on the submit button (see PendingButton) and its message is a
 * role="alert". Fields mark themselves with aria-invalid; a group of radios or checkboxes with data-invalid.
 */
export function useFocusFirstInvalid<T extends AnsweredState>(state: T) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !Object.values(state.fieldErrors ?? {}).some(Boolean)) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
    if (!invalid) return;
    const focusable = invalid.matches("input, select, textarea, button")
      ? invalid
      : invalid.querySelector<HTMLElement>("input, select, textarea, button");
    // Closed <details> (a moderation reason) hide their fields: open them first.
    const details = focusable?.closest("details");
    if (details && !details.open) details.open = true;
    focusable?.focus();
  }, [state]);
  return form;
}
