"use client";

import { useState } from "react";

/**
 * What the reader typed into the server-rendered <textarea> `id` before the page hydrated, or `fallback`.
 *
 * React keeps what was typed into an <input> when it hydrates it, but sets a <textarea> back to the text the
 * server rendered (react-dom's initTextarea). A reader who starts editing a comment while the page's scripts
 * are still loading would lose the edit, or have it merged into the old text. Read once, on the first render:
 * during hydration that is before React reaches the field, whose element is in the document under the same
 * id. Passing it back as the field's default keeps it. In a client render there is no such element yet.
 */
export function useTypedBeforeHydration(id: string, fallback: string): string {
  const [typed] = useState(() => {
    if (typeof document === "undefined") return null;
    const field = document.getElementById(id);
    return field instanceof HTMLTextAreaElement ? field.value : null;
  });
  return typed ?? fallback;
}
