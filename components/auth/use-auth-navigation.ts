"use client";

import { useEffect } from "react";

import type { FormState } from "./form-state";

/** Reloads the page at state.redirectTo after a sign-in or sign-out, so every cached page sees the new state. */
export function useAuthNavigation(state: FormState) {
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
}
