import type { HighlightPart } from "@/lib/search";

/** Text with the search's matched words in <mark>: React text nodes only, never HTML from the index. */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
  return parts.map((part, index) =>
    part.mark ? (
      <mark key={index} className="rounded-sm bg-accent/15 px-0.5 font-semibold text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
