import { describe, expect, it } from "vitest";
import { isPastLastPage, pageItems } from "./pagination";

describe("pageItems", () => {
  it("shows every page of a short list", () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("shows the first, the last and the current page ± 2, with gaps between", () => {
    expect(pageItems(1, 50)).toEqual([1, 2, 3, "gap", 50]);
    expect(pageItems(1, 7)).toEqual([1, 2, 3, "gap", 7]);
    expect(pageItems(10, 50)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 50]);
    expect(pageItems(50, 50)).toEqual([1, "gap", 48, 49, 50]);
    expect(pageItems(48, 50)).toEqual([1, "gap", 46, 47, 48, 49, 50]);
  });

  it("shows the one page a gap would hide", () => {
    expect(pageItems(5, 50)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 50]);
    expect(pageItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageItems(4, 9)).toEqual([1, 2, 3, 4, 5, 6, "gap", 9]);
  });

  it("keeps a page out of range within the list, and has nothing for no pages", () => {
    expect(pageItems(99, 3)).toEqual([1, 2, 3]);
    expect(pageItems(0, 3)).toEqual([1, 2, 3]);
    expect(pageItems(1, 0)).toEqual([]);
  });
});

describe("isPastLastPage", () => {
  it("is a page after the last one of a list that has entries", () => {
    expect(isPastLastPage({ page: 3, pageCount: 2, total: 26 })).toBe(true);
    expect(isPastLastPage({ page: 2, pageCount: 2, total: 26 })).toBe(false);
    // An empty list is empty on every page: it says so, not "this page has no results".
    expect(isPastLastPage({ page: 3, pageCount: 1, total: 0 })).toBe(false);
  });
});
