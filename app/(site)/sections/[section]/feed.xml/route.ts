import { feedRoute } from "@/lib/feeds/routes";

export const GET = feedRoute("rss", { kind: "sections", param: "section" });
