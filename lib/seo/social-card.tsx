import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

import { cacheTag } from "next/cache";
import { ImageResponse } from "next/og";

import { getArticleBySlug } from "../articles";
import { cacheTags } from "../cache/tags";
import { SOCIAL_CARD_SIZE } from "./article-metadata";
import { drawableText, fontCoverage } from "./font-coverage";
import { site } from "./site";

/**
 * The font next/og ships (Geist, regular), read from Next's own package so the card needs no font download and no
 * font file of ours. Passed explicitly so the characters we keep are exactly those this file can draw.
 */
const FONT_FILE = path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

let font: { data: Buffer; covered: Set<number> } | undefined;
function cardFont() {
  if (!font) {
    const data = readFileSync(FONT_FILE);
    font = { data, covered: fontCoverage(data) };
  }
  return font;
}

const MAX_HEADLINE = 160;

function headlineSize(headline: string): number {
  if (headline.length <= 50) return 76;
  if (headline.length <= 90) return 64;
  return 52;
}

/**
 * A story's 1200×630 headline card as PNG bytes, or null for a story readers cannot see. Used as the share image
 * of stories without a hero image. Cached like the story itself.
 */
export async function renderSocialCard(slug: string): Promise<Uint8Array | null> {
  "use cache";
  cacheTag(cacheTags.article(slug), cacheTags.taxonomy);
  const article = await getArticleBySlug(slug);
  if (!article) return null;

  const { data, covered } = cardFont();
  const text = (value: string) => drawableText(value, covered);
  let headline = text(article.title);
  if (headline.length > MAX_HEADLINE) {
    const wordEnd = headline.lastIndexOf(" ", MAX_HEADLINE - 1);
    headline = `${headline.slice(0, wordEnd > MAX_HEADLINE / 2 ? wordEnd : MAX_HEADLINE - 1)}…`;
  }

  const response = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        backgroundColor: "#fbfaf7",
        color: "#1b1b1b",
        padding: "56px 72px",
        borderTop: "24px solid #a3260f",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24, fontSize: 34 }}>
        <span style={{ color: "#a3260f" }}>{text(site.name)}</span>
        <span style={{ color: "#5c5c5c", textTransform: "uppercase", letterSpacing: 4, fontSize: 26 }}>
          {text(article.section.name)}
        </span>
      </div>
      <div style={{ display: "flex", fontSize: headlineSize(headline), lineHeight: 1.15 }}>{headline}</div>
      <div
        style={{
          display: "flex",
          borderTop: "2px solid #dedbd2",
          paddingTop: 24,
          fontSize: 28,
          color: "#3d3d3d",
        }}
      >
        {text(article.source.name)}
      </div>
    </div>,
    { ...SOCIAL_CARD_SIZE, fonts: [{ name: "Geist", data, weight: 400, style: "normal" }] },
  );
  return new Uint8Array(await response.arrayBuffer());
}
