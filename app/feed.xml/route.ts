import { feedRoute } from "@/lib/feeds/routes";

/** The site's newest stories as RSS 2.0. */
export const GET = feedRoute("rss");
