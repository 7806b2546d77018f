import type { IncomingMessage, ServerResponse } from "node:http";

export type DatabaseOutage = {
  unavailableSince: number | null;
  lastFailureAt: number | null;
  probe?: () => Promise<unknown>;
};

export const DATABASE_OUTAGE_KEY: string;
export const RETRY_AFTER_SECONDS: number;
export const UNAVAILABLE_TEXT: string;
export function databaseOutage(): DatabaseOutage | undefined;
export function isOutageAnswer(
  response: {
    status: number;
    method: string | undefined;
    rsc: boolean;
    postponed: boolean;
    startedAt: number;
  },
  outage: DatabaseOutage | undefined,
): boolean;
export function unavailablePage(options: { siteName: string; path: string }): string;
export function answerOutages(
  req: IncomingMessage,
  res: ServerResponse,
  options: { siteName: string; now?: () => number },
): void;
