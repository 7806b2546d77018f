import type { RenderLedger } from "./runtime.mjs";
export type { RenderLedger };
export const ABANDON_MS: number;
export const JOIN_WINDOW_MS: number;
export function now(): number;
export function createRenderLedger(options?: { abandonMs?: number; joinWindowMs?: number }): RenderLedger;
