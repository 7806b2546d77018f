/** Shared by the article editor's parts. */
export const inputClass =
  "w-full min-w-0 rounded-sm border border-rule bg-page px-3 py-2 aria-[invalid=true]:border-danger";

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-danger">
      {message}
    </p>
  ) : null;
}

/** What each part of the editor needs to show a field's saved value and its error. */
export type FieldAccess = {
  /** The value typed before a refused save, else the stored one. */
  value: (key: string, fallback: string) => string;
  error: (key: string) => string | null | undefined | false;
  /** The error's id when there is one, for aria-describedby. */
  describedBy: (key: string) => string | undefined;
};
