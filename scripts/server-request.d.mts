import type { IncomingMessage } from "node:http";

export const PEER_HEADER: string;
export const HSTS_VALUE: string;
export function setPeerAddress(req: IncomingMessage): void;
export function nameRequest(req: IncomingMessage): string;
export function hasPrototypeQueryKey(url: string | undefined): boolean;
export function siteUsesHttps(env: Record<string, string | undefined>): boolean;
export function strictTransportSecurity(env: Record<string, string | undefined>): string | null;
