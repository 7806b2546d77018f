import { feedRoute } from "@/lib/feeds/routes";

/** The story's coverage as rss, newest first. */
export const GET = feedRoute("rss", { kind: "stories", param: "slug" });
