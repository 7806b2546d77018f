import { readUpload } from "@/lib/uploads";

/** Uploaded hero images, stored outside public/ (UPLOADS_DIR). Names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const body = await readUpload((await params).path);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
