import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/** Not server-only so the unit tests can reach it; the app imports it through lib/markdown. */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "code",
    "pre",
    "a",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
    "sup",
    "sub",
  ],
  allowedAttributes: { a: ["href", "title", "rel", "target"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // Headline is the page's only h1, so body headings start at h2.
    h1: "h2",
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:\/\//.test(attribs.href ?? "")
        ? { ...attribs, rel: "noopener noreferrer", target: "_blank" }
        : attribs,
    }),
  },
};

/** Markdown to HTML that is safe to inject: scripts, event handlers and unknown tags are removed. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeArticleHtml(html);
}

/** HTML from elsewhere (an outlet's feed item) cleaned by the same rules as article bodies. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

const WORDS_PER_MINUTE = 230;

export function readingTimeMinutes(markdown: string): number {
  const words = markdown
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A plain-text summary for cards and meta descriptions when an editor left the excerpt empty. */
export function plainTextExcerpt(markdown: string, maxLength = 300): string {
  const text = sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxLength - 40))}…`;
}
