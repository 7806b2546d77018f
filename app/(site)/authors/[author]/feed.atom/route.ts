import { feedRoute } from "@/lib/feeds/routes";

export const GET = feedRoute("atom", { kind: "authors", param: "author" });
