import { feedRoute } from "@/lib/feeds/routes";

/** The site's newest stories as JSON Feed 1.1. */
export const GET = feedRoute("json");
