import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import type { z } from "zod";

import { isDatabaseUnavailableError } from "../database-outage";
import type { FormState } from "./form-state";

/**
 * The one way server actions read a form. Server actions are public endpoints: anyone can post any argument
 * list to them (no FormData, a number, an array, a stray prevState), so nothing here trusts the shape of
 * its input. A post that isn't a form is refused with a message instead of a TypeError (a 500).
 */

export const UNREADABLE_FORM = "This form couldn’t be read. Reload the page and try again.";

/** What every form says when the database cannot be reached (ADR 021). */
export const DATABASE_UNAVAILABLE_MESSAGE = "The site is briefly unavailable. Please try again in a moment.";

type Key<S extends z.ZodObject> = Extract<keyof S["shape"], string>;

export type FormOptions<S extends z.ZodObject> = {
  /** Fields that repeat (checkboxes sharing a name): read as every string value, in order. */
  lists?: readonly Key<S>[];
  /** File inputs: read as a File, or undefined when none (or not a file) was sent. */
  files?: readonly Key<S>[];
  /** Never sent back to the form (passwords). */
  secrets?: readonly Key<S>[];
  /** Only these are sent back to the form (by default every field but files and secrets). */
  keep?: readonly Key<S>[];
  /** The summary shown above the fields when any of them is wrong. */
  message?: string;
};

export type FormError = FormState & { status: "error" };

/** values (either way): what was typed, to put back into the form if this or a later step refuses. */
export type ParsedForm<T> =
  | { ok: true; data: T; values: Record<string, string> }
  /** malformed: the post wasn't a form at all (a forged or broken request), as opposed to wrong input. */
  | {
      ok: false;
      malformed: boolean;
      values: Record<string, string>;
      state: FormError & { fieldErrors: Record<string, string> };
    };

/**
 * Reads every field of `schema`'s shape from `input` and validates it. Text fields are the submitted string,
 * or "" when missing or not text. On failure, `state` is ready to return from a useActionState action: the
 * first message per field, and the typed values so the form keeps them.
 */
export function parseForm<S extends z.ZodObject>(
  schema: S,
  input: unknown,
  options: FormOptions<S> = {},
): ParsedForm<z.output<S>> {
  if (!(input instanceof FormData)) {
    return {
      ok: false,
      malformed: true,
      values: {},
      state: { status: "error", message: UNREADABLE_FORM, fieldErrors: {}, values: {} },
    };
  }
  const lists = new Set<string>(options.lists ?? []);
  const files = new Set<string>(options.files ?? []);
  const secrets = new Set<string>(options.secrets ?? []);
  const kept = (key: string) => !secrets.has(key) && (!options.keep || options.keep.includes(key as Key<S>));
  const raw: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    if (lists.has(key)) {
      const items = input.getAll(key).filter((item): item is string => typeof item === "string");
      raw[key] = items;
      if (kept(key)) values[key] = items.join(",");
    } else if (files.has(key)) {
      const file = input.get(key);
      raw[key] = file instanceof File ? file : undefined;
    } else {
      const value = input.get(key);
      raw[key] = typeof value === "string" ? value : "";
      if (kept(key)) values[key] = raw[key] as string;
    }
  }

  // An outage later in this action puts these back into the form (see serverAction).
  const action = actionInput.getStore();
  if (action) action.values = values;

  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, values };

  const fieldErrors: Record<string, string> = {};
  let formMessage: string | undefined;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && field in schema.shape) fieldErrors[field] ??= issue.message;
    else formMessage ??= issue.message;
  }
  return {
    ok: false,
    malformed: false,
    values,
    state: { status: "error", message: formMessage ?? options.message, fieldErrors, values },
  };
}

/** A refusal after parsing (a rule in the domain said no), keeping what was typed. */
export function formError(
  message: string | undefined,
  values?: Record<string, string>,
  fieldErrors?: Record<string, string>,
): FormError {
  return {
    status: "error",
    ...(message !== undefined && { message }),
    ...(fieldErrors && { fieldErrors }),
    ...(values && { values }),
  };
}

/** What parseForm read in the action running now (serverAction sets one up per call). */
const actionInput = new AsyncLocalStorage<{ values?: Record<string, string> }>();

const WRAPPED = Symbol.for("ledger.serverAction");

/**
 * Every exported server action is wrapped in this, once: a database outage anywhere in the action (reading the
 * viewer, the write itself) becomes an answer instead of a thrown error, which would replace the page with the
 * error page and lose what was typed. By default the answer is a form error state with
 * DATABASE_UNAVAILABLE_MESSAGE and the values parseForm read (passwords excepted); actions that answer in
 * another shape say what to answer with `unavailable`. Other errors, and Next's redirect() and notFound(), pass
 * through. lib/integration/form-actions.test.ts checks that every action is wrapped.
 */
export function serverAction<A extends unknown[]>(
  action: (...args: A) => Promise<FormState>,
): (...args: A) => Promise<FormState>;
export function serverAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  unavailable: (values: Record<string, string>) => R | Promise<R>,
): (...args: A) => Promise<R>;
export function serverAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  unavailable: (values: Record<string, string>) => R | Promise<R> = (values) =>
    formError(DATABASE_UNAVAILABLE_MESSAGE, values) as R,
): (...args: A) => Promise<R> {
  const wrapped = async (...args: A): Promise<R> => {
    const input: { values?: Record<string, string> } = {};
    try {
      return await actionInput.run(input, () => action(...args));
    } catch (error) {
      if (!isDatabaseUnavailableError(error)) throw error;
      return unavailable(input.values ?? {});
    }
  };
  return Object.assign(wrapped, { [WRAPPED]: true });
}

/** Whether `action` was wrapped by serverAction (for the test that every action is). */
export function isServerAction(action: unknown): boolean {
  return typeof action === "function" && (action as unknown as Record<symbol, unknown>)[WRAPPED] === true;
}
