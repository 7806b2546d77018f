import { siteName } from "@/components/site-name";
import { getRssFeed } from "@/lib/feeds";

export async function GET() {
  return new Response(await getRssFeed(siteName), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
