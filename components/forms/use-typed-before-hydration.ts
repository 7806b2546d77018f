"use client";

import { useEffect, useState } from "react";

/**
 * The default for the server-rendered <textarea> `id`: what the reader typed into it before the page hydrated,
 * or `serverText` (what the server rendered in it).
 *
 * React keeps what was typed into an <input> when it hydrates it, but sets a <textarea> back to its default
 * (react-dom's initTextarea). A reader who starts editing a comment while the page's scripts are still loading
 * would lose the edit. So the field is read once, on the first render: during hydration that comes before React
 * reaches the field, whose element is in the document under the same id. Passing it back as the default keeps it.
 * Once hydrated, the field's own input handling (a character count) is told with an `input` event, since it
 * was not listening yet; until then the form renders from `serverText`, as the server did, so hydration matches.
 * In a client render there is no such element, and after the server answers with new text (`serverText`
 * changes) that text is the default again.
 */
export function useTypedBeforeHydration(id: string, serverText: string): string {
  const [first] = useState(() => {
    if (typeof document === "undefined") return { serverText, typed: null };
    const field = document.getElementById(id);
    return { serverText, typed: field instanceof HTMLTextAreaElement ? field.value : null };
  });
  const typedEarly = first.typed !== null && first.typed !== first.serverText;

  useEffect(() => {
    if (typedEarly) document.getElementById(id)?.dispatchEvent(new Event("input", { bubbles: true }));
  }, [id, typedEarly]);

  return typedEarly && first.serverText === serverText ? first.typed! : serverText;
}
