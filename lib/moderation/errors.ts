/** A refusal that must undo everything a transaction already did; its message is safe to show. */
export class ModerationRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModerationRefusal";
  }
}

export type Failure = { ok: false; error: string };
export const fail = (error: string): Failure => ({ ok: false, error });

/** Runs a transaction; a ModerationRefusal thrown inside rolls it back and comes back as a Failure. */
export async function refusable<T>(run: () => Promise<T>): Promise<T | Failure> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ModerationRefusal) return fail(error.message);
    throw error;
  }
}
