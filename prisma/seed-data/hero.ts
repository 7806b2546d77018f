/**
 * Hero-image design tables shared by the seed corpus (for alt text and captions) and by
 * scripts/make-hero-images.mjs (which draws the images). Keeping both in one place means the
 * alt text always describes what the generated picture actually shows.
 */
import type { SeedArticle } from "./types";

export type HeroPalette = {
  /** Two background gradient stops, top-left to bottom-right. */
  bg: [string, string];
  /** Mid-tones used for shapes. */
  mid: [string, string];
  /** Accent (sun, highlights). */
  accent: string;
  /** Human description of the palette, used in alt text. */
  bgName: string;
  accentName: string;
};

/** Colour palette per source: each outlet's illustrations are recognisably "theirs". */
export const heroPalettes: Record<string, HeroPalette> = {
  "harbour-ledger": {
    bg: ["#0b2540", "#12506b"],
    mid: ["#1f7a8c", "#7fb7be"],
    accent: "#f2a541",
    bgName: "deep navy and teal",
    accentName: "amber",
  },
  "northgate-courier": {
    bg: ["#13291c", "#2f5d3a"],
    mid: ["#5f8d4e", "#a4be7b"],
    accent: "#f3e9c6",
    bgName: "forest and moss green",
    accentName: "cream",
  },
  "meridian-wire": {
    bg: ["#1c1f26", "#3b4252"],
    mid: ["#5e6b7d", "#a3aebf"],
    accent: "#e4572e",
    bgName: "charcoal and slate grey",
    accentName: "coral red",
  },
  "lantern-review": {
    bg: ["#2d0b2e", "#6b1e45"],
    mid: ["#a4375f", "#e08fa8"],
    accent: "#f6c28b",
    bgName: "plum and burgundy",
    accentName: "peach",
  },
  "orbit-and-axis": {
    bg: ["#0f0c29", "#302b63"],
    mid: ["#4b4ba8", "#8c8ce0"],
    accent: "#3ee6e0",
    bgName: "indigo and violet",
    accentName: "cyan",
  },
  "fieldstone-gazette": {
    bg: ["#5a2a0c", "#b85c1f"],
    mid: ["#d98a3d", "#f0c27b"],
    accent: "#1d3d6b",
    bgName: "burnt orange and sand",
    accentName: "deep blue",
  },
};

export type HeroMotif = "ridges" | "skyline" | "orbits" | "grid" | "arches" | "lanes" | "waves";

/** Motif per section. */
export const heroMotifs: Record<string, HeroMotif> = {
  world: "ridges",
  business: "skyline",
  science: "orbits",
  technology: "grid",
  culture: "arches",
  sport: "lanes",
  climate: "waves",
};

const motifPhrases: Record<HeroMotif, (p: HeroPalette) => string> = {
  ridges: (p) => `layered mountain ridges in ${p.bgName} beneath a low ${p.accentName} sun`,
  skyline: (p) =>
    `a city skyline of rectangular towers against a ${p.bgName} gradient sky, with ${p.accentName} lit windows`,
  orbits: (p) =>
    `concentric elliptical orbits and small planets on a ${p.bgName} field, with a ${p.accentName} body at the centre`,
  grid: (p) =>
    `a network of connected nodes over a faint grid on a ${p.bgName} background, with ${p.accentName} highlighted points`,
  arches: (p) =>
    `overlapping translucent arches and circles in ${p.bgName} tones, with a ${p.accentName} disc`,
  lanes: (p) =>
    `diagonal running-track lanes sweeping across a ${p.bgName} background, with a ${p.accentName} stripe`,
  waves: (p) => `overlapping rolling waves in ${p.bgName} beneath a ${p.accentName} sun`,
};

export const sourceDisplayNames: Record<string, string> = {
  "harbour-ledger": "The Harbour Ledger",
  "northgate-courier": "Northgate Courier",
  "meridian-wire": "Meridian Wire",
  "lantern-review": "The Lantern Review",
  "orbit-and-axis": "Orbit & Axis",
  "fieldstone-gazette": "Fieldstone Gazette",
};

export function heroAlt(section: string, source: string): string {
  const palette = heroPalettes[source];
  const motif = heroMotifs[section];
  if (!palette || !motif) return "Abstract editorial illustration";
  return `Abstract illustration of ${motifPhrases[motif](palette)}`;
}

export function heroFor(slug: string, section: string, source: string): SeedArticle["hero"] {
  return {
    file: `/images/articles/${slug}.jpg`,
    alt: heroAlt(section, source),
    caption: `Illustration: ${sourceDisplayNames[source] ?? "Staff"}`,
    width: 1600,
    height: 900,
  };
}

/** Helper for article files: add the hero derived from slug, section and source. */
export function withHero(a: Omit<SeedArticle, "hero">): SeedArticle {
  return { ...a, hero: heroFor(a.slug, a.section, a.source) };
}
