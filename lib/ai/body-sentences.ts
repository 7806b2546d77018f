/**
 * The sentences of an article as readers see them: read from the body's rendered, sanitised HTML (lib/markdown),
 * so the sentences the panel quotes are exactly the ones on the page, and each gets an anchor there.
 * Pure, so the unit tests and the benchmark reach it.
 */
import { sentenceHash, splitSentences } from "./sentences";

export type BodySentence = {
  /** "s-" and a hash of the sentence's words: stable across edits elsewhere in the article. */
  id: string;
  text: string;
  /** Index of its paragraph (or list item) among the body's prose blocks, and of the sentence in it. */
  block: number;
  index: number;
  /** Index among all the body's sentences. */
  position: number;
};

type Located = BodySentence & { htmlStart: number; htmlEnd: number };

const BLOCK_TAGS = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "ul",
  "ol",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "pre",
  "hr",
  "br",
]);
/** Headings and code are not prose: they get no anchors and are never quoted. */
const NOT_PROSE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "pre"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (name in NAMED_ENTITIES) return NAMED_ENTITIES[name]!;
  const code = name.startsWith("#x")
    ? parseInt(name.slice(2), 16)
    : name.startsWith("#")
      ? Number(name.slice(1))
      : NaN;
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

function locateSentences(html: string): Located[] {
  const located: Located[] = [];
  const seen = new Map<string, number>();
  const stack: string[] = [];
  let chars: { char: string; from: number; to: number }[] = [];
  let block = 0;

  const flush = () => {
    const kind = [...stack].reverse().find((tag) => tag !== "code" && BLOCK_TAGS.has(tag)) ?? "p";
    const inPre = stack.includes("pre");
    const text = chars.map((c) => c.char).join("");
    if (!NOT_PROSE.has(kind) && !inPre && /[\p{L}\p{N}]/u.test(text)) {
      splitSentences(text).forEach((span, index) => {
        const clean = span.text.replace(/\s+/g, " ");
        const base = `s-${sentenceHash(clean)}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        located.push({
          id: count === 1 ? base : `${base}-${count}`,
          text: clean,
          block,
          index,
          position: located.length,
          htmlStart: chars[span.start]!.from,
          htmlEnd: chars[span.end - 1]!.to,
        });
      });
      block++;
    }
    chars = [];
  };

  for (const match of html.matchAll(/<\/?([a-zA-Z0-9]+)[^>]*>|[^<]+/g)) {
    const token = match[0];
    const at = match.index;
    const tag = match[1]?.toLowerCase();
    if (tag) {
      const closing = token.startsWith("</");
      if (BLOCK_TAGS.has(tag)) flush();
      if (tag === "br" || tag === "hr") continue;
      if (closing) {
        const open = stack.lastIndexOf(tag);
        if (open >= 0) stack.splice(open);
      } else if (!token.endsWith("/>")) stack.push(tag);
      continue;
    }
    for (const piece of token.matchAll(/&[#a-zA-Z0-9]+;|[\s\S]/gu)) {
      const from = at + piece.index;
      const decoded = piece[0].length > 1 && piece[0].startsWith("&") ? decodeEntity(piece[0]) : piece[0];
      chars.push({ char: decoded, from, to: from + piece[0].length });
    }
  }
  flush();
  return located;
}

/** The body's prose sentences, in reading order. */
export function sentencesFromHtml(html: string): BodySentence[] {
  return locateSentences(html).map(({ htmlStart: _start, htmlEnd: _end, ...sentence }) => sentence);
}

/** Whether a stretch of HTML closes every tag it opens (so a sentence can be wrapped in one element). */
function isBalanced(fragment: string): boolean {
  let depth = 0;
  for (const match of fragment.matchAll(/<(\/?)[a-zA-Z0-9]+[^>]*?(\/?)>/g)) {
    if (match[2]) continue;
    depth += match[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The body HTML with each sentence wrapped in <span class="ai-s" id="s-…">, so key points and answers can link
 * to it and the reader's :target highlights it. A sentence that starts inside an emphasis and ends outside it
 * cannot be wrapped in one element: it gets an empty anchor at its start instead.
 */
export function anchorSentences(html: string): string {
  const inserts: { at: number; opens: boolean; text: string }[] = [];
  for (const sentence of locateSentences(html)) {
    const fragment = html.slice(sentence.htmlStart, sentence.htmlEnd);
    if (isBalanced(fragment)) {
      inserts.push({ at: sentence.htmlEnd, opens: false, text: "</span>" });
      inserts.push({ at: sentence.htmlStart, opens: true, text: `<span class="ai-s" id="${sentence.id}">` });
    } else {
      inserts.push({
        at: sentence.htmlStart,
        opens: true,
        text: `<span class="ai-s-anchor" id="${sentence.id}"></span>`,
      });
    }
  }
  // From the end, so earlier offsets stay valid. Where one sentence ends as the next begins, the opening goes in
  // first so that the closing lands before it.
  inserts.sort((a, b) => b.at - a.at || Number(b.opens) - Number(a.opens));
  let out = html;
  for (const insert of inserts) out = out.slice(0, insert.at) + insert.text + out.slice(insert.at);
  return out;
}
