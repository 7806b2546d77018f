/**
 * Writes public/logo.png (512×512), the publisher logo named in the articles' structured data. Search engines do
 * not accept SVG logos, so this draws the site icon's mark (app/icon.svg: a cream L on the accent red) as a PNG.
 * The letter is drawn with shapes rather than a font, so the result does not depend on the fonts installed.
 *
 * Run: node scripts/make-logo.mjs (the PNG is committed; run again only when the mark changes).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const size = 512;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#a3260f"/>
  <g fill="#fbfaf7">
    <rect x="10.5" y="7" width="4" height="18"/>
    <rect x="8.5" y="7" width="8" height="1.6"/>
    <rect x="8.5" y="23.4" width="15" height="1.6"/>
    <rect x="21.9" y="19" width="1.6" height="6"/>
  </g>
</svg>`;

await sharp(Buffer.from(svg))
  .png({ compressionLevel: 9 })
  .toFile(path.join(root, "public", "logo.png"));
console.log("wrote public/logo.png");
