/** A same-site path to return to after signing in; anything else (absolute, protocol-relative, odd) becomes "/". */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
    return fallback;
  if (/[\u0000-\u001f]/.test(value) || value.length > 500) return fallback;
  return value;
}
