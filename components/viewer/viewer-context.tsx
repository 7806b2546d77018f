"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";

export type ClientViewer = {
  id: string;
  name: string;
  isStaff: boolean;
  canAdmin: boolean;
  commentingDisabled: boolean;
  commentingDisabledReason: string | null;
};
type ViewerState = { status: "loading" | "ready"; viewer: ClientViewer | null };

const ViewerContext = createContext<ViewerState>({ status: "loading", viewer: null });

/**
 * Cached pages are the same for everyone; this asks, after load and after each navigation, who is reading.
 * Signing in or out always ends on another path, so the answer stays current.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ status: "loading", viewer: null });
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { viewer: null }))
      .then((data: { viewer: ClientViewer | null }) => {
        if (!cancelled) setState({ status: "ready", viewer: data.viewer });
      })
      .catch(() => {
        if (!cancelled) setState({ status: "ready", viewer: null });
      });
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
