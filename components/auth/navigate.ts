import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { FormState } from "./form-state";

/**
 * After signing in or out the whole page must reload, because cached pages learn who is reading only on load.
 * Called from a page with JavaScript (the request carries a Next-Action header), the form navigates itself;
 * from a plain form post, a redirect does it.
 */
export async function navigateAfterAuthChange(path: string): Promise<FormState> {
  if ((await headers()).has("next-action")) return { status: "success", redirectTo: path };
  redirect(path);
}
