// Both locales are complete, and every literal translation key used in the app exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n";
import { en } from "./en";
import { zh } from "./zh";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(full, value);
    else for (const [k, v] of leaves(value, full)) result.set(k, v);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "locales") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith(".test.ts") ? [full] : [];
  });
}

describe("locales", () => {
  const zhKeys = leaves(zh as unknown as Tree);
  const enKeys = leaves(en as unknown as Tree);

  it("have the same keys and no empty texts", () => {
    expect([...enKeys.keys()].sort()).toEqual([...zhKeys.keys()].sort());
    for (const [key, value] of [...zhKeys, ...enKeys]) expect(value.trim(), key).not.toBe("");
  });

  it("use the same interpolation variables in both languages", () => {
    for (const [key, zhText] of zhKeys) {
      // "{{batch}}" and "{{batch, batch}}" (a value with a formatter) name the same variable.
      const vars = (text: string) => [...text.matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((m) => m[1]).sort();
      expect(vars(enKeys.get(key) ?? ""), key).toEqual(vars(zhText));
    }
  });

  it("name the options of the scenario search's deadline and status facets apart, in each language", () => {
    // Both facets once offered "Open for bids" / 征集中-like labels, so a reader could not tell which filter was which.
    for (const locale of [zh, en]) {
      const deadline = Object.values(locale.search.deadline);
      const status = Object.values(locale.scenario.status);
      expect(deadline.filter((label) => status.includes(label))).toEqual([]);
    }
  });

  it("say one day, one minute … in the singular in English", () => {
    const t = createI18n("en").t;
    expect(t("scenario.list.daysLeft", { count: 1 })).toBe("1 day left"); // a QA review saw "1 days left"
    expect(t("scenario.list.daysLeft", { count: 12 })).toBe("12 days left");
    expect(createI18n("zh").t("scenario.list.daysLeft", { count: 1 })).toBe("还剩 1 天");
    // A singular form (key_one) counts with "count", the variable i18next chooses the form by.
    for (const [key, text] of enKeys) {
      if (!key.endsWith("_one")) continue;
      expect(enKeys.has(key.slice(0, -"_one".length)), key).toBe(true);
      expect(text, key).toContain("{{count}}");
    }
  });

  it("contain every literal key the app asks for", () => {
    const appDir = path.resolve(import.meta.dirname, "..");
    const missing: string[] = [];
    for (const file of sourceFiles(appDir)) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) {
        if (!zhKeys.has(match[1]) && ![...zhKeys.keys()].some((key) => key.startsWith(`${match[1]}.`))) missing.push(`${path.relative(appDir, file)}: ${match[1]}`);
      }
      for (const match of source.matchAll(/\bmsg\(\s*"([a-zA-Z][\w.]*)"/g)) {
        if (!zhKeys.has(match[1])) missing.push(`${path.relative(appDir, file)}: ${match[1]}`);
      }
      for (const match of source.matchAll(/redirectWithFlash\([^,]+,\s*"([\w.]+)"/g)) {
        if (!zhKeys.has(match[1])) missing.push(`${path.relative(appDir, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
