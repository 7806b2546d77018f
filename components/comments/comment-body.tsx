import { Fragment } from "react";

import { linkifyParagraphs } from "./linkify";

/** Plain text with paragraphs and auto-linked URLs. React escapes every piece: no HTML from users reaches the page. */
export function CommentBody({ text }: { text: string }) {
  return (
    <div className="mt-1 space-y-2 break-words text-[0.95rem] leading-relaxed" dir="auto">
      {linkifyParagraphs(text).map((paragraph, index) => (
        <p key={index}>
          {paragraph.map((part, partIndex) =>
            part.kind === "link" ? (
              <a
                key={partIndex}
                href={part.href}
                rel="nofollow ugc noopener"
                target="_blank"
                className="text-accent underline"
              >
                {part.text}
              </a>
            ) : (
              <Fragment key={partIndex}>{part.text}</Fragment>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
