import { signOutAction } from "./actions";

/** A plain form: signing out works without JavaScript. */
export function SignOutButton({
  action = signOutAction,
  label = "Sign out",
}: {
  action?: () => Promise<void>;
  label?: string;
}) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="rounded-sm border border-rule px-4 py-2 font-semibold hover:bg-surface"
      >
        {label}
      </button>
    </form>
  );
}
