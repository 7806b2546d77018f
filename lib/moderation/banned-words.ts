import "server-only";

import { recordAudit } from "../audit";
import type { Viewer } from "../auth";
import { db } from "../db";
import { assertCan } from "../permissions";
import { fail, ModerationRefusal, refusable, type Failure } from "./errors";
import { bannedWordProblem, normalizeBannedWord } from "./rules";

export type BannedWordRow = { id: string; word: string; createdAt: Date };

export async function listBannedWords(viewer: Viewer | null): Promise<BannedWordRow[]> {
  assertCan(viewer?.role, "settings:manage");
  return db.bannedWord.findMany({
    orderBy: { word: "asc" },
    select: { id: true, word: true, createdAt: true },
  });
}

export type BannedWordResult = { ok: true; word: string } | Failure;

/** Adds a word (trimmed, lower-cased, 1–60 characters, unique). Comments containing it then wait for a moderator. */
export async function addBannedWord(viewer: Viewer | null, input: string): Promise<BannedWordResult> {
  assertCan(viewer?.role, "settings:manage");
  const actor = viewer!;
  const word = normalizeBannedWord(input);
  const problem = bannedWordProblem(word);
  if (problem) return fail(problem);
  const duplicate = `“${word}” is already on the list.`;
  try {
    return await refusable(() =>
      db.$transaction(async (tx) => {
        if (await tx.bannedWord.findUnique({ where: { word }, select: { id: true } }))
          throw new ModerationRefusal(duplicate);
        const row = await tx.bannedWord.create({ data: { word }, select: { id: true } });
        await recordAudit(
          {
            actorId: actor.id,
            action: "banned-word.add",
            entityType: "banned-word",
            entityId: row.id,
            summary: `Added banned word “${word}”`,
            after: { word },
          },
          tx,
        );
        return { ok: true as const, word };
      }),
    );
  } catch (error) {
    // Two admins adding the same word at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return fail(duplicate);
    throw error;
  }
}

export async function removeBannedWord(viewer: Viewer | null, id: string): Promise<BannedWordResult> {
  assertCan(viewer?.role, "settings:manage");
  const actor = viewer!;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const row = await tx.bannedWord.findUnique({ where: { id }, select: { id: true, word: true } });
      if (!row) throw new ModerationRefusal("That word is no longer on the list.");
      await tx.bannedWord.delete({ where: { id: row.id } });
      await recordAudit(
        {
          actorId: actor.id,
          action: "banned-word.remove",
          entityType: "banned-word",
          entityId: row.id,
          summary: `Removed banned word “${row.word}”`,
          before: { word: row.word },
        },
        tx,
      );
      return { ok: true as const, word: row.word };
    }),
  );
}
