"use client";

import { useEffect, useState } from "react";

import { formatAbsoluteTime, formatRelativeTime } from "./format";

/**
 * Pages are cached, so the server renders the absolute time (also what readers without JavaScript see)
 * and the browser replaces it with the relative one, refreshed every minute.
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
    <time dateTime={iso} title={absolute} className={className}>
      {relative ?? absolute}
    </time>
  );
}
