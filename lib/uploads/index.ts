import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import sharp, { type Metadata } from "sharp";

import { env } from "../env";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "./limits";

export { MAX_UPLOAD_BYTES } from "./limits";
/** Widths stored for each upload; the largest is what next/image is given, and it resizes on demand. */
export const UPLOAD_WIDTHS = [640, 1280, 1920] as const;

export type StoredImage = { url: string; width: number; height: number };
export type UploadResult = { ok: true; image: StoredImage } | { ok: false; error: string };

const ACCEPTED = new Set(["jpeg", "png", "webp", "heif"]);

function uploadsRoot(): string {
  return path.resolve(env.UPLOADS_DIR);
}

/**
 * Checks an upload by its content (never its name or declared type), then stores responsive WebP sizes.
 * JPEG, PNG, WebP and AVIF up to 5 MB are accepted; SVG and everything else is refused.
 */
export async function storeHeroImage(file: File): Promise<UploadResult> {
  if (file.size === 0) return { ok: false, error: "That file is empty." };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: UPLOAD_TOO_LARGE };
  const input = Buffer.from(await file.arrayBuffer());

  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: 50_000_000 }).metadata();
  } catch {
    return { ok: false, error: "That file isn’t an image we can read. Upload a JPEG, PNG, WebP or AVIF." };
  }
  if (metadata.format === "svg")
    return { ok: false, error: "SVG images aren’t accepted. Upload a JPEG, PNG, WebP or AVIF." };
  const isAvif = metadata.format === "heif" && metadata.compression === "av1";
  if (!metadata.format || !ACCEPTED.has(metadata.format) || (metadata.format === "heif" && !isAvif)) {
    return { ok: false, error: "That file isn’t a JPEG, PNG, WebP or AVIF image." };
  }
  if (!metadata.width || !metadata.height || metadata.width < 320) {
    return { ok: false, error: "The image is too small: use one at least 320 pixels wide." };
  }

  const folder = String(new Date().getUTCFullYear());
  const id = randomBytes(12).toString("base64url");
  await mkdir(path.join(uploadsRoot(), folder), { recursive: true });
  let largest: StoredImage | null = null;
  for (const width of UPLOAD_WIDTHS) {
    const target = Math.min(width, metadata.width);
    const { data, info } = await sharp(input)
      .rotate()
      .resize({ width: target, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const name = `${id}-${width}.webp`;
    await writeFile(path.join(uploadsRoot(), folder, name), data);
    largest = { url: `/uploads/${folder}/${name}`, width: info.width, height: info.height };
  }
  return { ok: true, image: largest! };
}

const SAFE_PART = /^[A-Za-z0-9_-]+(\.[a-z0-9]+)?$/;

/** Reads a stored upload for the /uploads route; null for anything that is not a stored file. */
export async function readUpload(parts: string[]): Promise<Buffer | null> {
  if (parts.length !== 2 || !parts.every((part) => SAFE_PART.test(part)) || !parts[1]!.endsWith(".webp"))
    return null;
  const file = path.join(uploadsRoot(), ...parts);
  if (!file.startsWith(uploadsRoot() + path.sep)) return null;
  return readFile(file).catch(() => null);
}
