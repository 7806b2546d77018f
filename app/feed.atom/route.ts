import { feedRoute } from "@/lib/feeds/routes";

/** The site's newest stories as Atom 1.0. */
export const GET = feedRoute("atom");
