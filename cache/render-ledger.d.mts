import type { RenderLedger } from "./runtime.mjs";
export type { RenderLedger };
export const ABANDON_MS: number;
export function now(): number;
export function createRenderLedger(options?: { abandonMs?: number }): RenderLedger;
