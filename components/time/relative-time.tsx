"use client";

import { useEffect, useState } from "react";

import { formatAbsoluteTime, formatRelativeTime } from "./format";

/**
 * Pages are cached, so the server renders the absolute time (also what readers without JavaScript see)
 * and the browser replaces it with the relative one, refreshed every minute. The exact time stays readable
 * beside it: in the title for a pointer, and in text a screen reader reads ("3 hours ago, 26 Nov 2026,
 * 11:05 UTC"), since a title is out of reach by keyboard. It sits after the <time>, whose own text stays the
 * relative time.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  const absolute = formatAbsoluteTime(date);
  const [relative, setRelative] = useState<string | null>(null);

  useEffect(() => {
    const update = () => setRelative(formatRelativeTime(new Date(iso)));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso]);

  return (
    <>
      <time dateTime={iso} title={absolute} className={className}>
        {relative ?? absolute}
      </time>
      {relative !== null && <span className="sr-only">, {absolute}</span>}
    </>
  );
}
