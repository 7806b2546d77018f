import { describe, expect, it } from "vitest";

import { jsonLdText } from "./json-ld";

describe("jsonLdText", () => {
  it("cannot close its script element, and reads back as the same data", () => {
    const data = { name: "</script><script>alert(1)</script>", note: "a & b > c <!-- d", line: "x\u2028y" };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(data);
  });
});
