/** Client-safe date formatting shared by server rendering and the relative-time leaf. */

const absoluteFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

const shortDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "26 Nov 2026, 14:05 UTC": the same on every server and in every time zone. */
export function formatAbsoluteTime(date: Date): string {
  return absoluteFormat.format(date);
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then a short date. */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 45 * 60) return relativeFormat.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return relativeFormat.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86400) return relativeFormat.format(Math.round(seconds / 86400), "day");
  return shortDateFormat.format(date);
}
