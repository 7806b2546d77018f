/** "every 15 minutes", "every hour", "once a day": a feed's poll interval as the newsroom reads it. */
export const intervalLabel = (seconds: number) =>
  seconds < 3600
    ? `every ${seconds / 60} minutes`
    : seconds === 3600
      ? "every hour"
      : seconds < 86_400
        ? `every ${seconds / 3600} hours`
        : "once a day";
