import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { drawableText, fontCoverage } from "./font-coverage";

// The font the social card draws with (lib/seo/social-card.tsx).
const GEIST = readFileSync(path.resolve("node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"));

describe("social card text", () => {
  const covered = fontCoverage(GEIST);

  it("the card's font covers Latin headlines, accents and typographic punctuation", () => {
    for (const character of "Aa9 éüñçøß’“”—…")
      expect(covered.has(character.codePointAt(0)!), character).toBe(true);
  });

  it("leaves out what the font cannot draw, so the renderer never goes online for a fallback", () => {
    expect(drawableText("Port strike ends 🎉 after 9 days", covered)).toBe("Port strike ends after 9 days");
    expect(drawableText("Café crème — “déjà vu”", covered)).toBe("Café crème — “déjà vu”");
    expect(drawableText("港口 strike\u2028ends", covered)).toBe("strike ends");
    expect(drawableText("©®™ 🇬🇧", covered)).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
