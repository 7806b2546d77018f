import "server-only";

import bcrypt from "bcryptjs";

const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** A real hash to compare against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= bcrypt.hash("no account has this password", BCRYPT_COST);
  const matches = await bcrypt.compare(password, hash ?? (await dummyHash));
  return Boolean(hash) && matches;
}
