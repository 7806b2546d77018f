/**
 * What a form action sends back to useActionState: messages, and the values to put back into the form.
 * Client-safe (no server-only): the forms import the type and the initial state.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle" };
