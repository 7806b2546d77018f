import "server-only";

export { plainTextExcerpt, readingTimeMinutes, renderMarkdown, sanitizeArticleHtml } from "./render";
