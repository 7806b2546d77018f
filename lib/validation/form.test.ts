import { describe, expect, it } from "vitest";
import { z } from "zod";

import { parseForm, UNREADABLE_FORM } from "./form";

const schema = z.object({
  name: z.string().trim().min(1, "Enter a name."),
  password: z.string().min(3, "Too short."),
  tags: z.array(z.string()).max(2, "At most two."),
  photo: z.instanceof(File).optional(),
});

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("parseForm", () => {
  it("reads text, repeated and file fields into the schema", () => {
    const photo = new File(["x"], "p.jpg");
    const result = parseForm(
      schema,
      form([
        ["name", " Ada "],
        ["password", "secret"],
        ["tags", "a"],
        ["tags", "b"],
        ["photo", photo],
        ["extra", "ignored"],
      ]),
      { lists: ["tags"], files: ["photo"], secrets: ["password"] },
    );
    expect(result).toEqual({
      ok: true,
      data: { name: "Ada", password: "secret", tags: ["a", "b"], photo },
      values: { name: " Ada ", tags: "a,b" },
    });
  });

  it("gives the first message per field, keeps what was typed (never a secret) and the summary", () => {
    const result = parseForm(
      schema,
      form([
        ["name", "   "],
        ["password", "x"],
        ["tags", "a"],
        ["tags", "b"],
        ["tags", "c"],
      ]),
      { lists: ["tags"], files: ["photo"], secrets: ["password"], message: "Fix the highlighted fields." },
    );
    expect(result).toEqual({
      ok: false,
      malformed: false,
      values: { name: "   ", tags: "a,b,c" },
      state: {
        status: "error",
        message: "Fix the highlighted fields.",
        fieldErrors: { name: "Enter a name.", password: "Too short.", tags: "At most two." },
        values: { name: "   ", tags: "a,b,c" },
      },
    });
  });

  it("reads a missing field, or a file where text belongs, as empty text", () => {
    const result = parseForm(z.object({ name: z.string() }), form([["name", new File(["x"], "x.txt")]]));
    expect(result).toMatchObject({ ok: true, data: { name: "" } });
    expect(parseForm(z.object({ name: z.string() }), new FormData())).toMatchObject({
      ok: true,
      data: { name: "" },
    });
  });

  it("refuses anything that isn't a form with a message, never a TypeError", () => {
    for (const input of [
      undefined,
      null,
      1,
      "name=x",
      [],
      [new FormData()],
      {},
      { get: () => "x" },
      Promise.resolve(),
    ]) {
      expect(parseForm(schema, input)).toEqual({
        ok: false,
        malformed: true,
        values: {},
        state: { status: "error", message: UNREADABLE_FORM, fieldErrors: {}, values: {} },
      });
    }
  });

  it("puts form-level problems (object refinements) in the message", () => {
    const matching = z
      .object({ a: z.string(), b: z.string() })
      .refine((input) => input.a === input.b, "They must match.");
    const result = parseForm(
      matching,
      form([
        ["a", "1"],
        ["b", "2"],
      ]),
    );
    expect(result).toMatchObject({ ok: false, state: { message: "They must match.", fieldErrors: {} } });
  });
});
