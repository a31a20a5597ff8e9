import { describe, expect, it } from "vitest";
import { compileFilter, quoteFilterString, toWellFormed } from "./meilisearch-filter";
import { SearchInputError, type FilterKind, type FilterTree } from "./search-engine";

const filterable: Record<string, FilterKind> = { category: "keyword", tags: "keyword[]", budget: "number", open: "boolean" };

function expression(tree: FilterTree): string {
  const compiled = compileFilter(tree, filterable);
  if (compiled.matches !== "some") throw new Error(`expected an expression, got ${compiled.matches}`);
  return compiled.expression;
}

describe("compileFilter", () => {
  it.each<[string, FilterTree, string]>([
    ["keyword eq", { field: "category", eq: "LOW_ALTITUDE" }, 'category = "LOW_ALTITUDE"'],
    ["keyword[] eq", { field: "tags", eq: "港口" }, 'tags = "港口"'],
    ["keyword in", { field: "category", in: ["MARINE", "HEALTH"] }, 'category IN ["MARINE", "HEALTH"]'],
    ["in with one value", { field: "tags", in: ["物流"] }, 'tags = "物流"'],
    ["number eq", { field: "budget", eq: 300 }, "budget = 300"],
    ["number in", { field: "budget", in: [-1.5, 0, 1e21] }, "budget IN [-1.5, 0, 1e+21]"],
    ["closed range", { field: "budget", range: { gte: 300, lte: 800 } }, "budget 300 TO 800"],
    ["range from", { field: "budget", range: { gte: 800 } }, "budget >= 800"],
    ["range up to", { field: "budget", range: { lte: 0 } }, "budget <= 0"],
    ["boolean", { field: "open", eq: false }, "open = false"],
    ["boolean true", { field: "open", eq: true }, "open = true"],
    ["exists", { field: "budget", exists: true }, "(budget EXISTS AND NOT budget IS NULL)"],
    ["array exists excludes empty arrays", { field: "tags", exists: true }, "(tags EXISTS AND NOT tags IS NULL AND NOT tags IS EMPTY)"],
    ["open range means exists", { field: "budget", range: {} }, "(budget EXISTS AND NOT budget IS NULL)"],
    ["not", { not: { field: "open", eq: false } }, "(NOT open = false)"],
    [
      "and + or + not",
      { and: [{ field: "category", eq: "A" }, { or: [{ field: "budget", range: { gte: 1 } }, { not: { field: "tags", eq: "x" } }] }] },
      '(category = "A" AND (budget >= 1 OR (NOT tags = "x")))',
    ],
    ["one-child and is the child", { and: [{ field: "open", eq: true }] }, "open = true"],
    ["keyword value given as a number is quoted", { field: "category", eq: 42 }, 'category = "42"'],
  ])("%s", (_name, tree, expected) => {
    expect(expression(tree)).toBe(expected);
  });

  it.each<[string, string]>([
    ['\'"; DROP TABLE scenarios; --', '"\'\\"; DROP TABLE scenarios; --"'],
    ["C:\\temp\\", '"C:\\\\temp\\\\"'],
    ['\\"', '"\\\\\\""'],
    ['" OR category EXISTS OR category = "', '"\\" OR category EXISTS OR category = \\""'],
    ["无人机 巡检", '"无人机 巡检"'],
    ["😀🚁", '"😀🚁"'],
    ["a)\n(b", '"a)\n(b"'],
  ])("quotes and escapes the hostile value %j", (value, literal) => {
    expect(expression({ field: "category", eq: value })).toBe(`category = ${literal}`);
    expect(quoteFilterString(value)).toBe(literal);
  });

  it("keeps an escaped value inside its quotes: the literal ends at the only unescaped quote", () => {
    const literal = quoteFilterString('x" OR open = true OR category = "y\\');
    const body = literal.slice(1, -1);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    // Every quote inside the body is preceded by an odd number of backslashes.
    for (const match of body.matchAll(/(\\*)"/g)) expect(match[1]!.length % 2).toBe(1);
    expect(/(^|[^\\])(\\\\)*\\$/.test(body)).toBe(false);
  });

  it("folds constant sub-trees instead of writing them", () => {
    expect(compileFilter({ and: [] }, filterable)).toEqual({ matches: "all" });
    expect(compileFilter({ or: [] }, filterable)).toEqual({ matches: "none" });
    expect(compileFilter({ field: "category", in: [] }, filterable)).toEqual({ matches: "none" });
    expect(compileFilter({ not: { or: [] } }, filterable)).toEqual({ matches: "all" });
    expect(compileFilter({ not: { and: [] } }, filterable)).toEqual({ matches: "none" });
    expect(compileFilter({ field: "budget", range: { gte: 10, lte: 5 } }, filterable)).toEqual({ matches: "none" });
    expect(compileFilter({ and: [{ field: "open", eq: true }, { field: "category", in: [] }] }, filterable)).toEqual({ matches: "none" });
    expect(expression({ or: [{ field: "open", eq: true }, { field: "category", in: [] }] })).toBe("open = true");
    expect(compileFilter({ or: [{ field: "open", eq: true }, { and: [] }] }, filterable)).toEqual({ matches: "all" });
  });

  it.each<[string, FilterTree, RegExp]>([
    ["a field that is not filterable", { field: "title", eq: "x" }, /"title" is not a filterable field/],
    ["a field inherited from Object.prototype", { field: "constructor", eq: "x" }, /not a filterable field/],
    ["a range on a keyword field", { field: "category", range: { gte: 1 } }, /range needs a number field, "category" is keyword/],
    ["a string compared with a number field", { field: "budget", eq: "300" }, /"budget" compares with numbers/],
    ["NaN", { field: "budget", eq: Number.NaN }, /compares with numbers/],
    ["Infinity in a range", { field: "budget", range: { lte: Number.POSITIVE_INFINITY } }, /compares with numbers/],
    ["a string compared with a boolean field", { field: "open", in: [true, "false"] }, /"open" compares with true\/false/],
    ["an unknown condition", { field: "category", like: "x" } as unknown as FilterTree, /unknown filter condition/],
    ["a node without a field", { eq: "x" } as unknown as FilterTree, /needs a field/],
  ])("rejects %s", (_name, tree, message) => {
    expect(() => compileFilter(tree, filterable)).toThrow(SearchInputError);
    expect(() => compileFilter(tree, filterable)).toThrow(message);
  });

  it("rejects filterable fields whose names would change the expression", () => {
    expect(() => compileFilter({ field: "a b", eq: "x" }, { "a b": "keyword" })).toThrow(SearchInputError);
    expect(() => compileFilter({ field: "NOT", eq: "x" }, { NOT: "keyword" })).toThrow(SearchInputError);
    expect(() => compileFilter({ field: "x=1 OR y", eq: "x" }, { "x=1 OR y": "keyword" })).toThrow(SearchInputError);
  });

  it("replaces lone surrogates, which a JSON parser rejects, and keeps pairs", () => {
    expect(toWellFormed("a\uD83Db")).toBe("a\uFFFDb");
    expect(toWellFormed("\uDE00x\uD83D")).toBe("\uFFFDx\uFFFD");
    expect(toWellFormed("😀")).toBe("😀");
  });
});
