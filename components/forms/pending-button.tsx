"use client";

import type { ButtonHTMLAttributes } from "react";

type PendingButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled"> & { pending: boolean };

/**
 * A submit button that stays focusable while its form is on its way. A disabled button loses focus, which then
 * falls to the page body and a keyboard user's next Tab starts from the top (WCAG 2.4.3): so it is only marked
 * aria-disabled, and a click (or Enter in a field, which clicks the default button) is cancelled instead.
 */
export function PendingButton({
  pending,
  onClick,
  className = "",
  type = "submit",
  ...button
}: PendingButtonProps) {
  return (
    <button
      type={type}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
      className={`${className} aria-disabled:cursor-wait aria-disabled:opacity-60`}
      {...button}
    />
  );
}

export function SubmitButton({ children, pending }: { children: React.ReactNode; pending: boolean }) {
  return (
    <PendingButton pending={pending} className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
      {pending ? "Working…" : children}
    </PendingButton>
  );
}
