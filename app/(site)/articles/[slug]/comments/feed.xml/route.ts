import { commentsFeedGET } from "@/lib/feeds/routes";

/** RSS of the newest visible comments on a story. */
export const GET = commentsFeedGET;
