import "server-only";

export { plainTextExcerpt, readingTimeMinutes, renderMarkdown } from "./render";
