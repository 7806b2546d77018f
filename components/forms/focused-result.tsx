"use client";

import { useEffect, useRef } from "react";

import { FOCUS_RESULT_ATTRIBUTE } from "../navigation/page-focus";

/**
 * A result that replaces the form that asked for it (a report sent). The form and the button that had focus are
 * gone, so focus moves here: a screen reader reads the result, and the next Tab continues from it, not from the
 * top of the page.
 */
export function FocusedResult({ message }: { message: string }) {
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => result.current?.focus(), []);
  return (
    <p
      ref={result}
      tabIndex={-1}
      role="status"
      {...{ [FOCUS_RESULT_ATTRIBUTE]: "" }}
      className="rounded-sm bg-surface p-3 text-sm"
    >
      {message}
    </p>
  );
}
