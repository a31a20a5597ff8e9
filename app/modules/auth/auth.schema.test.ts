import { describe, expect, it } from "vitest";
import { redirectToField } from "./auth.schema";

describe("redirectToField", () => {
  const target = (value?: string) => redirectToField.parse(value);

  it("keeps paths on this site, percent-encoding what a Location header cannot carry", () => {
    expect(target("/scenarios?q=%E6%B8%AF")).toBe("/scenarios?q=%E6%B8%AF");
    expect(target("/scenarios?q=港口 调度")).toBe("/scenarios?q=%E6%B8%AF%E5%8F%A3%20%E8%B0%83%E5%BA%A6");
    expect(target("/x?q=\uD800")).toBe("/x?q="); // a lone surrogate is no character
    expect(target("/scenarios?q=a\\b")).toBe("/scenarios?q=a%5Cb"); // a backslash is a slash to a browser
  });

  it("sends anything else home: other hosts, and a tab or newline that a browser would drop into //host", () => {
    for (const value of [undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "scenarios"]) expect(target(value)).toBe("/");
    expect(target("/\t/evil.example")).toBe("/%09/evil.example");
    expect(target("/\n/evil.example")).toBe("/%0A/evil.example");
  });
});
