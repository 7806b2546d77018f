/** Client-safe upload limits, shared by the article editor (checked before sending) and lib/uploads. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_TOO_LARGE = "Images can be at most 5 MB.";

/** What the editor says about a file it won't send. */
export function uploadTooLargeMessage(bytes: number): string {
  return `${UPLOAD_TOO_LARGE} This one is ${(bytes / (1024 * 1024)).toFixed(1)} MB: choose a smaller image.`;
}
