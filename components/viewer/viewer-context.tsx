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
/** checkedAt: when the server answered, so leaves can judge time windows without reading the clock while rendering. */
type ViewerState = { status: "loading" | "ready"; viewer: ClientViewer | null; checkedAt: number };

const ViewerContext = createContext<ViewerState>({ status: "loading", viewer: null, checkedAt: 0 });

type NavigationTarget = EventTarget & {
  addEventListener(type: "navigatesuccess", listener: () => void): void;
};

/**
 * Cached pages are the same for everyone; this asks, after load and after each client-side navigation, who is
 * reading (signing in or out ends in a navigation). It deliberately avoids usePathname, which would make every
 * cached page render per request.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ status: "loading", viewer: null, checkedAt: 0 });
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const request = ++latest;
      // No answer (the database briefly unavailable: a 503, ADR 021; or no network) is not "signed out": keep
      // what we knew, so a comment form being typed into is not swapped for the sign-in invitation.
      const unanswered = () => {
        if (request === latest) setState((known) => ({ ...known, status: "ready" }));
      };
      fetch("/api/me", { cache: "no-store" })
        .then((response) => {
          if (!response.ok) return unanswered();
          return response.json().then((data: { viewer: ClientViewer | null }) => {
            if (request === latest) setState({ status: "ready", viewer: data.viewer, checkedAt: Date.now() });
          });
        })
        .catch(unanswered);
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
