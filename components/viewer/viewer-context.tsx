"use client";

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

type NavigationTarget = EventTarget & { addEventListener(type: "navigatesuccess", listener: () => void): void };

/**
 * Cached pages are the same for everyone; this asks, after load and after each client-side navigation, who is
 * reading (signing in or out ends in a navigation). It deliberately avoids usePathname, which would make every
 * cached page render per request.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ status: "loading", viewer: null });
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const request = ++latest;
      fetch("/api/me", { cache: "no-store" })
        .then((response) => (response.ok ? response.json() : { viewer: null }))
        .then((data: { viewer: ClientViewer | null }) => {
          if (request === latest) setState({ status: "ready", viewer: data.viewer });
        })
        .catch(() => {
          if (request === latest) setState({ status: "ready", viewer: null });
        });
    };
    load();
    const navigation = (window as unknown as { navigation?: NavigationTarget }).navigation;
    navigation?.addEventListener("navigatesuccess", load);
    window.addEventListener("popstate", load);
    window.addEventListener("focus", load);
    return () => {
      latest = -1;
      navigation?.removeEventListener("navigatesuccess", load);
      window.removeEventListener("popstate", load);
      window.removeEventListener("focus", load);
    };
  }, []);
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
