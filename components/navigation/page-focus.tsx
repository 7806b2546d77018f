"use client";

import { useEffect, useRef } from "react";

import { NOTICE_PARAM, noticeText, permalinkFragment } from "./notices";

/** Marks an element that took focus on purpose when its page arrived (a result message): PageFocus leaves it. */
export const FOCUS_RESULT_ATTRIBUTE = "data-focus-result";

const NOTICE_SHOWN = "bg-ink px-4 py-2 text-center text-sm font-semibold text-page";

/** How long a page still streaming in (the newsroom's loading state) may take to show its h1. */
const HEADING_WAIT_MS = 5_000;

type NavigationTarget = EventTarget & {
  addEventListener(type: "navigatesuccess", listener: () => void): void;
  removeEventListener(type: "navigatesuccess", listener: () => void): void;
};

/** Makes `element` focusable from script only (not a Tab stop) and focuses it. */
function focusElement(element: HTMLElement) {
  if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) element.tabIndex = -1;
  element.focus();
}

function fragmentTarget(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/** Focus is somewhere a keyboard user can go on from: not lost to <body>, not taken on purpose by the page. */
function focusClaimed(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest(`[${FOCUS_RESULT_ATTRIBUTE}]`) !== null;
}

/**
 * In-app navigation keeps the document and swaps its content, so the link or button that started it is usually
 * gone and focus falls to <body>: the next Tab starts again from the top, or from where the old page ended.
 * After every navigation (not the first load, where the browser starts at the top itself) focus moves to the
 * #fragment's target (a comment just posted), else the new page's h1, else <main> until its h1 streams in;
 * unless the new page already took focus on purpose (FOCUS_RESULT_ATTRIBUTE, a "Published." message).
 *
 * It also announces the result of the action that led here (?notice=, see notices.ts) in a polite status
 * region that is on the page before the message is, so screen readers hear the change. The notice is then
 * dropped from the address, so reloading or sharing it says nothing.
 *
 * Navigations are seen through the Navigation API and popstate, not usePathname/useSearchParams, which would
 * make every cached page render per request (see viewer-context.tsx).
 */
export function PageFocus() {
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let address = location.pathname + location.search;
    let stopWaiting = () => {};

    const announce = () => {
      const params = new URLSearchParams(location.search);
      const notice = noticeText(params.get(NOTICE_PARAM));
      const status = region.current;
      if (!notice) {
        // The last page's result is not this page's: hide it (silently; emptying a region is not announced).
        if (status) {
          status.textContent = "";
          status.className = "sr-only";
        }
        return;
      }
      if (status) {
        // Emptied, then filled on the next frame: a change screen readers hear, even the same words again.
        status.textContent = "";
        status.className = NOTICE_SHOWN;
        requestAnimationFrame(() => (status.textContent = notice));
      }
      params.delete(NOTICE_PARAM);
      const query = params.size > 0 ? `?${params}` : "";
      address = location.pathname + query;
      // #posted-<id> (for readers without JavaScript) back to the comment's permalink, focused below.
      history.replaceState(history.state, "", `${address}${permalinkFragment(location.hash)}`);
    };

    const moveFocus = () => {
      stopWaiting();
      if (focusClaimed()) return;
      const target = fragmentTarget() ?? document.querySelector<HTMLElement>("main h1");
      if (target) return focusElement(target);
      const main = document.querySelector<HTMLElement>("main");
      if (!main) return;
      focusElement(main);
      // Still loading: hand focus to the h1 when it arrives, if the reader has not moved on.
      const observer = new MutationObserver(() => {
        const heading = main.querySelector<HTMLElement>("h1");
        if (!heading) return;
        stopWaiting();
        if (document.activeElement === main) focusElement(heading);
      });
      const timer = setTimeout(() => stopWaiting(), HEADING_WAIT_MS);
      observer.observe(main, { childList: true, subtree: true });
      stopWaiting = () => {
        observer.disconnect();
        clearTimeout(timer);
        stopWaiting = () => {};
      };
    };

    const navigated = () => {
      const now = location.pathname + location.search;
      // Our own rewrite (the notice dropped), or a change of #fragment only, which the browser handles.
      if (now === address) return;
      address = now;
      // After the new page has been committed to the DOM.
      requestAnimationFrame(() => {
        announce();
        moveFocus();
      });
    };

    // An action that answers without navigating can still remove the control that had focus (a moderated
    // comment leaving its queue): focus then falls to <body>. Catch that one case, and put focus back at the
    // top of the page's content instead of the top of the document.
    let lastFocused: Element | null = null;
    const rememberFocus = (event: FocusEvent) => (lastFocused = event.target as Element);
    const focusLost = new MutationObserver(() => {
      if (document.activeElement !== document.body || !lastFocused || lastFocused.isConnected) return;
      lastFocused = null;
      const target =
        document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
      if (target) focusElement(target);
    });
    document.addEventListener("focusin", rememberFocus);
    focusLost.observe(document.body, { childList: true, subtree: true });

    announce();
    const navigation = (window as unknown as { navigation?: NavigationTarget }).navigation;
    navigation?.addEventListener("navigatesuccess", navigated);
    window.addEventListener("popstate", navigated);
    return () => {
      stopWaiting();
      focusLost.disconnect();
      document.removeEventListener("focusin", rememberFocus);
      navigation?.removeEventListener("navigatesuccess", navigated);
      window.removeEventListener("popstate", navigated);
    };
  }, []);

  // aria-live rather than role="status": announced the same, without being one more "status" on every page
  // beside the forms' own.
  return <div ref={region} aria-live="polite" aria-atomic="true" data-notice="" className="sr-only" />;
}
