/**
 * Structured data as a <script type="application/ld+json">. JSON.stringify leaves "<" alone, so "</script>" in any
 * value would end the element: every "<", ">" and "&" (and the two JavaScript line separators) is escaped as \uXXXX,
 * which JSON readers decode back to the same text.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
