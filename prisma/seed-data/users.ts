import type { SeedUser } from "./types";

/** Demo accounts. Passwords are set by the seed script, not here. */
export const users: SeedUser[] = [
  { key: "admin", name: "Avery Lindqvist", email: "admin@example.com", role: "ADMIN" },
  { key: "editor", name: "Rosalind Okafor-Hale", email: "editor@example.com", role: "EDITOR" },
  { key: "contributor", name: "Dev Marchetti", email: "contributor@example.com", role: "CONTRIBUTOR" },
  { key: "reader", name: "Sam Reader", email: "reader@example.com", role: "READER" },
  { key: "mira", name: "Mira Tennant", email: "mira@example.com", role: "READER" },
  { key: "tomas", name: "Tomas Wilde", email: "tomas@example.com", role: "READER" },
  { key: "ines", name: "Ines Calloway", email: "ines@example.com", role: "READER" },
];
