/**
 * Generates one original, text-free hero illustration per seed article into
 * public/images/articles/<slug>.jpg (1600×900), plus public/images/placeholder.jpg.
 *
 * Motif per section and palette per source come from prisma/seed-data/hero.ts (the same tables
 * the seed data uses to write alt text); everything else is deterministic from the slug.
 *
 * Run: npx tsx scripts/make-hero-images.mjs [--only <slug>]
 * (tsx is needed because the corpus is TypeScript.)
 */
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const W = 1600;
const H = 900;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "public/images/articles");

let seed;
try {
  seed = {
    ...(await import("../prisma/seed-data/articles.ts")),
    ...(await import("../prisma/seed-data/hero.ts")),
  };
} catch (e) {
  console.error(
    "Could not load the TypeScript seed data. Run this script with: npx tsx scripts/make-hero-images.mjs",
  );
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
const { articles, heroPalettes, heroMotifs } = seed;

// ---------- deterministic randomness ----------
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function rng(seedStr) {
  let a = hashString(seedStr);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => Math.floor(lo + (hi - lo + 1) * next()),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
  };
}

// ---------- colour helpers ----------
function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function mix(a, b, t) {
  const [r1, g1, b1] = hexToRgb(a);
  const [r2, g2, b2] = hexToRgb(b);
  const c = (x, y) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${c(r1, r2)}${c(g1, g2)}${c(b1, b2)}`;
}
const f = (n) => n.toFixed(1);

// ---------- shared defs ----------
function defs(p, r) {
  const angle = r.int(0, 1) ? { x1: 0, y1: 0, x2: 1, y2: 1 } : { x1: 1, y1: 0, x2: 0, y2: 1 };
  return `<defs>
  <linearGradient id="bg" x1="${angle.x1}" y1="${angle.y1}" x2="${angle.x2}" y2="${angle.y2}">
    <stop offset="0" stop-color="${p.bg[0]}"/><stop offset="1" stop-color="${p.bg[1]}"/>
  </linearGradient>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${p.bg[0]}"/><stop offset="0.75" stop-color="${p.bg[1]}"/><stop offset="1" stop-color="${mix(p.bg[1], p.accent, 0.35)}"/>
  </linearGradient>
  <radialGradient id="glow"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0"/></radialGradient>
  <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>
</defs>`;
}
function sun(p, cx, cy, rad) {
  return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(rad * 3.2)}" fill="url(#glow)"/><circle cx="${f(cx)}" cy="${f(cy)}" r="${f(rad)}" fill="${p.accent}"/>`;
}

// ---------- motifs ----------
function ridges(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(p, r.range(250, 1350), r.range(300, 430), r.range(70, 120));
  const layers = r.int(4, 6);
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const base = 430 + t * 380;
    const amp = r.range(110, 220) * (1 - t * 0.45);
    const n = r.int(5, 9);
    const pts = [];
    for (let k = 0; k <= n; k++) {
      const x = (k / n) * W + (k > 0 && k < n ? r.range(-60, 60) : 0);
      const y = base - (k % 2 ? amp * r.range(0.6, 1) : amp * r.range(0, 0.35));
      pts.push(`${f(x)},${f(y)}`);
    }
    const fill = mix(p.mid[1], p.bg[0], 0.25 + t * 0.7);
    s += `<polygon points="0,${H} ${pts.join(" ")} ${W},${H}" fill="${fill}"/>`;
  }
  return s;
}

function skyline(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(p, r.range(200, 1400), r.range(170, 330), r.range(55, 90));
  for (const [layer, hMin, hMax, col, op] of [
    [0, 250, 560, mix(p.mid[1], p.bg[1], 0.35), 0.55],
    [1, 180, 470, mix(p.bg[0], p.mid[0], 0.2), 1],
  ]) {
    let x = r.range(-40, 0);
    while (x < W) {
      const w = r.range(70, 170);
      const h = r.range(hMin, hMax);
      const y = H - h;
      s += `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${col}" opacity="${op}"/>`;
      if (r.next() < 0.3)
        s += `<rect x="${f(x + w * 0.3)}" y="${f(y - 40)}" width="${f(w * 0.4)}" height="40" fill="${col}" opacity="${op}"/>`;
      if (layer === 1) {
        for (let wy = y + 22; wy < H - 30; wy += 34) {
          for (let wx = x + 14; wx < x + w - 24; wx += 28) {
            if (r.next() < 0.22)
              s += `<rect x="${f(wx)}" y="${f(wy)}" width="12" height="16" fill="${p.accent}" opacity="${f(r.range(0.55, 0.95))}"/>`;
          }
        }
      }
      x += w + r.range(4, 22);
    }
  }
  return s;
}

function orbits(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  for (let i = 0; i < 140; i++) {
    s += `<circle cx="${f(r.range(0, W))}" cy="${f(r.range(0, H))}" r="${f(r.range(0.8, 2.4))}" fill="#ffffff" opacity="${f(r.range(0.15, 0.7))}"/>`;
  }
  const cx = r.range(620, 980);
  const cy = r.range(380, 520);
  const tilt = r.range(-25, 25);
  const rings = r.int(4, 6);
  s += `<g transform="rotate(${f(tilt)} ${f(cx)} ${f(cy)})">`;
  for (let i = 0; i < rings; i++) {
    const rx = 190 + i * r.range(105, 135);
    const ry = rx * r.range(0.3, 0.42);
    const col = i % 2 ? p.mid[1] : p.mid[0];
    s += `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="none" stroke="${col}" stroke-width="${f(r.range(1.5, 3.5))}" opacity="0.7"/>`;
    const a = r.range(0, Math.PI * 2);
    const pr = r.range(9, 26);
    s += `<circle cx="${f(cx + rx * Math.cos(a))}" cy="${f(cy + ry * Math.sin(a))}" r="${f(pr)}" fill="${mix(col, "#ffffff", 0.25)}"/>`;
  }
  s += `</g>`;
  s += sun(p, cx, cy, r.range(55, 80));
  return s;
}

function grid(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const step = r.pick([50, 60, 75]);
  for (let x = 0; x <= W; x += step)
    s += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="${p.mid[1]}" stroke-width="1" opacity="0.12"/>`;
  for (let y = 0; y <= H; y += step)
    s += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${p.mid[1]}" stroke-width="1" opacity="0.12"/>`;
  const nodes = Array.from({ length: r.int(26, 36) }, () => [r.range(60, W - 60), r.range(60, H - 60)]);
  for (let i = 0; i < nodes.length; i++) {
    const [x1, y1] = nodes[i];
    const near = nodes
      .map(([x, y], j) => [Math.hypot(x - x1, y - y1), j])
      .filter(([, j]) => j !== i)
      .sort((a, b) => a[0] - b[0])
      .slice(0, 3);
    for (const [, j] of near) {
      if (j < i) continue;
      const [x2, y2] = nodes[j];
      s += `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${p.mid[1]}" stroke-width="2" opacity="0.45"/>`;
    }
  }
  nodes.forEach(([x, y], i) => {
    if (i % 6 === 0) {
      s += `<circle cx="${f(x)}" cy="${f(y)}" r="46" fill="url(#glow)"/><circle cx="${f(x)}" cy="${f(y)}" r="11" fill="${p.accent}"/>`;
    } else {
      s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r.range(5, 9))}" fill="${p.mid[0]}" stroke="${p.mid[1]}" stroke-width="2"/>`;
    }
  });
  return s;
}

function arches(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const count = r.int(5, 8);
  for (let i = 0; i < count; i++) {
    const w = r.range(260, 520);
    const x = r.range(-100, W - w + 100);
    const top = r.range(180, 520);
    const rad = w / 2;
    const col = r.pick([p.mid[0], p.mid[1], mix(p.mid[0], p.bg[1], 0.4)]);
    s += `<path d="M${f(x)},${H} L${f(x)},${f(top + rad)} A${f(rad)},${f(rad)} 0 0 1 ${f(x + w)},${f(top + rad)} L${f(x + w)},${H} Z" fill="${col}" opacity="${f(r.range(0.22, 0.45))}"/>`;
  }
  for (let i = 0; i < r.int(3, 5); i++) {
    s += `<circle cx="${f(r.range(100, W - 100))}" cy="${f(r.range(100, H - 100))}" r="${f(r.range(60, 200))}" fill="none" stroke="${p.mid[1]}" stroke-width="${f(r.range(2, 6))}" opacity="0.5"/>`;
  }
  s += sun(p, r.range(300, 1300), r.range(200, 380), r.range(80, 130));
  return s;
}

function lanes(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const angle = r.range(-28, -14);
  const laneW = r.range(80, 120);
  const n = Math.ceil(1700 / laneW);
  const accentLane = r.int(Math.floor(n / 3), Math.ceil((2 * n) / 3));
  const y0 = H / 2 - (n * laneW) / 2 + r.range(-40, 40);
  s += `<g transform="rotate(${f(angle)} ${W / 2} ${H / 2})">`;
  for (let i = 0; i < n; i++) {
    const y = y0 + i * laneW;
    const fill = i === accentLane ? p.accent : i % 2 ? p.mid[0] : mix(p.mid[0], p.bg[1], 0.45);
    s += `<rect x="-400" y="${f(y)}" width="${W + 800}" height="${f(laneW)}" fill="${fill}" opacity="${i === accentLane ? 0.9 : 0.35}"/>`;
    s += `<line x1="-400" y1="${f(y)}" x2="${W + 400}" y2="${f(y)}" stroke="${mix(p.mid[1], "#ffffff", 0.5)}" stroke-width="4" opacity="0.7"/>`;
  }
  // Curved bend of the track at one end.
  const cx = r.int(0, 1) ? W * 0.15 : W * 0.85;
  s += `</g><circle cx="${f(cx)}" cy="${H / 2}" r="${f(laneW * 2.2)}" fill="none" stroke="${p.mid[1]}" stroke-width="3" opacity="0.35"/>`;
  return s;
}

function waves(p, r) {
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(p, r.range(250, 1350), r.range(220, 360), r.range(70, 115));
  const layers = r.int(5, 7);
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const base = 470 + t * 360;
    const amp = r.range(18, 45) * (1 + t);
    const len = r.range(260, 420);
    const phase = r.range(0, len);
    let d = `M0,${H} L0,${f(base)}`;
    for (let x = -phase; x < W + len; x += len) {
      d += ` C${f(x + len * 0.25)},${f(base - amp)} ${f(x + len * 0.25)},${f(base - amp)} ${f(x + len * 0.5)},${f(base)}`;
      d += ` C${f(x + len * 0.75)},${f(base + amp)} ${f(x + len * 0.75)},${f(base + amp)} ${f(x + len)},${f(base)}`;
    }
    d += ` L${W},${H} Z`;
    s += `<path d="${d}" fill="${mix(p.mid[1], p.bg[0], 0.15 + t * 0.75)}" opacity="${f(0.7 + t * 0.3)}"/>`;
  }
  return s;
}

const motifs = { ridges, skyline, orbits, grid, arches, lanes, waves };

function svgFor(slug, section, source) {
  const p = heroPalettes[source];
  const m = motifs[heroMotifs[section]];
  if (!p || !m) throw new Error(`No palette/motif for ${slug} (${section}, ${source})`);
  const r = rng(slug);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs(p, r)}${m(p, r)}<rect width="${W}" height="${H}" fill="url(#vignette)"/></svg>`;
}

function placeholderSvg() {
  let s = `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e4e4e2"/><stop offset="1" stop-color="#c9cac8"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#g)"/>`;
  for (let i = 1; i <= 6; i++)
    s += `<circle cx="${W / 2}" cy="${H / 2}" r="${i * 95}" fill="none" stroke="#ffffff" stroke-width="3" opacity="${f(0.5 - i * 0.06)}"/>`;
  s += `<circle cx="${W / 2}" cy="${H / 2}" r="42" fill="#b4b5b2"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${s}</svg>`;
}

async function render(svg, file) {
  await sharp(Buffer.from(svg)).jpeg({ quality: 72, progressive: true, mozjpeg: true }).toFile(file);
  return (await stat(file)).size;
}

await mkdir(outDir, { recursive: true });
const onlyIdx = process.argv.indexOf("--only");
const only = onlyIdx > -1 ? process.argv[onlyIdx + 1] : undefined;
let total = 0;
let largest = 0;
let count = 0;
for (const a of articles) {
  if (only && a.slug !== only) continue;
  const size = await render(svgFor(a.slug, a.section, a.source), path.join(outDir, `${a.slug}.jpg`));
  total += size;
  largest = Math.max(largest, size);
  count++;
  if (size > 120 * 1024) console.warn(`warning: ${a.slug}.jpg is ${Math.round(size / 1024)} KB (> 120 KB)`);
}
if (!only) await render(placeholderSvg(), path.join(root, "public/images/placeholder.jpg"));
console.log(
  `wrote ${count} hero images (avg ${Math.round(total / Math.max(count, 1) / 1024)} KB, max ${Math.round(largest / 1024)} KB)${only ? "" : " and placeholder.jpg"}`,
);
