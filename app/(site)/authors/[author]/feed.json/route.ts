import { feedRoute } from "@/lib/feeds/routes";

export const GET = feedRoute("json", { kind: "authors", param: "author" });
