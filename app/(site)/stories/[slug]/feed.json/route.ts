import { feedRoute } from "@/lib/feeds/routes";

/** The story's coverage as json, newest first. */
export const GET = feedRoute("json", { kind: "stories", param: "slug" });
