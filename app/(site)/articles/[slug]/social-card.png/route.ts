import { renderSocialCard } from "@/lib/seo/social-card";

/** The generated share image of a story (its headline card), used when the story has no hero image. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const png = await renderSocialCard((await params).slug);
  if (!png) return new Response("No such story.", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600" },
  });
}
