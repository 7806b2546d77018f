/** Types for scripts/lib/build-fingerprint.mjs (plain JavaScript: the .mjs scripts load it without a compiler). */
export function sourceFingerprint(root: string): string;
export function buildIsCurrent(root: string, distDir: string): boolean;
export function stampBuild(root: string, distDir: string): void;
