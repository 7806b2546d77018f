import { feedRoute } from "@/lib/feeds/routes";

export const GET = feedRoute("atom", { kind: "sources", param: "source" });
