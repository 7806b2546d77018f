import { feedRoute } from "@/lib/feeds/routes";

/** The story's coverage as atom, newest first. */
export const GET = feedRoute("atom", { kind: "stories", param: "slug" });
