import "server-only";

import { notFound, redirect } from "next/navigation";

import { getViewer, type Viewer } from "../auth";
import { can, type Capability } from "../permissions";

/**
 * For admin pages: anonymous visitors go to sign in; signed-in people without the capability get a 404,
 * so the newsroom is not revealed.
 */
export async function requirePageCapability(capability: Capability, path = "/admin"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(viewer.role, capability)) notFound();
  return viewer;
}

export type Authorized = { ok: true; viewer: Viewer } | { ok: false; error: string };

/** For server actions, which are public endpoints: every action checks for itself. */
export async function authorizeAction(capability: Capability): Promise<Authorized> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, error: "Sign in first." };
  if (!can(viewer.role, capability)) return { ok: false, error: "You don’t have permission to do that." };
  return { ok: true, viewer };
}
