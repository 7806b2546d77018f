import "server-only";

/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its `cmap` table (formats 4 and 12).
 *
 * Why: next/og draws text with the fonts it is given, and for any character they lack it downloads a fallback
 * font (or an emoji picture) from the internet while rendering. Our servers have no such access, so the social
 * card keeps only characters its font covers and never triggers that download.
 */
export function fontCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmapOffset = -1;
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === "cmap") cmapOffset = view.getUint32(record + 8);
  }
  if (cmapOffset < 0) throw new Error("font has no cmap table");

  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  const subtableCount = view.getUint16(cmapOffset + 2);
  for (let index = 0; index < subtableCount; index++) {
    const record = cmapOffset + 4 + index * 8;
    subtables.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      offset: cmapOffset + view.getUint32(record + 4),
    });
  }
  const unicode = (subtable: (typeof subtables)[number]) =>
    subtable.platform === 0 ||
    (subtable.platform === 3 && (subtable.encoding === 1 || subtable.encoding === 10));
  const byFormat = (format: number) =>
    subtables.find((subtable) => unicode(subtable) && view.getUint16(subtable.offset) === format);

  const covered = new Set<number>();
  const full = byFormat(12);
  if (full) {
    const groups = view.getUint32(full.offset + 12);
    for (let group = 0; group < groups; group++) {
      const at = full.offset + 16 + group * 12;
      const [first, last, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let codePoint = first; codePoint <= last; codePoint++) {
        if (glyph + (codePoint - first) !== 0) covered.add(codePoint);
      }
    }
    return covered;
  }
  const basic = byFormat(4);
  if (!basic) throw new Error("font has no Unicode cmap of format 4 or 12");
  const segments = view.getUint16(basic.offset + 6) / 2;
  const ends = basic.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const first = view.getUint16(starts + segment * 2);
    const last = view.getUint16(ends + segment * 2);
    const delta = view.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let codePoint = first; codePoint <= last && codePoint !== 0xffff; codePoint++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (codePoint + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(codePoint);
    }
  }
  return covered;
}

/**
 * `text` with every character the font cannot draw left out (emoji and pictographs always, since the renderer
 * fetches those as pictures), and runs of white space made single.
 */
export function drawableText(text: string, covered: Set<number>): string {
  let kept = "";
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (/\s/.test(character)) kept += " ";
    else if (!/\p{Extended_Pictographic}/u.test(character) && covered.has(codePoint)) kept += character;
  }
  return kept.replace(/\s+/g, " ").trim();
}
