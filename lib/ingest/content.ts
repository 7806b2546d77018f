import "server-only";

import sanitizeHtml from "sanitize-html";

import { sanitizeArticleHtml } from "../markdown";
import type { FeedItem } from "./parse";
import { simhash } from "./simhash";

export const EXCERPT_MAX = 300;
const TITLE_MAX = 300;
const TAGS_MAX = 8;

/**
 * What an item contributes to its article; the same fields are compared to tell an update from a re-read. The
 * image is copied once, on import (lib/ingest/hero-image.ts), so it is not among them.
 */
export type ItemContent = {
  title: string;
  excerpt: string;
  body: string;
  canonicalUrl: string | null;
  fingerprint: string | null;
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Text of untrusted HTML: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40))}…`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Article bodies are Markdown; sanitised HTML is valid Markdown when it is one HTML block, which runs to the first
 * blank line and must open with a block tag. So blank lines go, and loose text is wrapped in a paragraph.
 */
function asMarkdownHtmlBlock(html: string): string {
  const compact = html.replace(/\n\s*\n/g, "\n").trim();
  if (!compact) return "";
  return /^<(p|h[2-4]|blockquote|ul|ol|pre|table|hr)[\s>/]/i.test(compact) ? compact : `<p>${compact}</p>`;
}

/**
 * The article's fields from a feed item. The body is the item's sanitised HTML only when the outlet allows its
 * full text to be republished; otherwise the excerpt and a link to the original.
 */
export function itemContent(item: FeedItem, policy: { fullText: boolean; outletName: string }): ItemContent {
  const summaryText = htmlToText(item.summary);
  const contentText = htmlToText(item.content);
  const excerpt = truncate(summaryText || contentText, EXCERPT_MAX);
  const fullHtml = item.content ? sanitizeArticleHtml(item.content) : sanitizeArticleHtml(item.summary);
  const readMore = item.link
    ? `<p><a href="${escapeHtml(item.link)}">Read the full article at ${escapeHtml(policy.outletName)}</a></p>`
    : "";
  const body =
    policy.fullText && fullHtml.trim()
      ? asMarkdownHtmlBlock(fullHtml)
      : asMarkdownHtmlBlock(`${excerpt ? `<p>${escapeHtml(excerpt)}</p>` : ""}${readMore}`);
  const title = truncate(htmlToText(item.title), TITLE_MAX);
  return {
    title,
    excerpt,
    body,
    canonicalUrl: item.link,
    // The richest text the item carries, whatever is republished: a re-post with a new GUID matches on it.
    fingerprint: simhash(`${title} ${contentText.length > summaryText.length ? contentText : summaryText}`),
  };
}

/** Hashtags from the item's categories: distinct, at most a few, each a usable name. */
export function itemHashtags(item: FeedItem): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const category of item.categories) {
    const name = htmlToText(category).replace(/^#/, "").slice(0, 60).trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    if (names.length === TAGS_MAX) break;
  }
  return names;
}

export function contentChanged(stored: ItemContent, next: ItemContent): boolean {
  return (
    stored.title !== next.title ||
    stored.excerpt !== next.excerpt ||
    stored.body !== next.body ||
    stored.canonicalUrl !== next.canonicalUrl
  );
}
