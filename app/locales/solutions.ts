// Texts of the solution domain, both languages side by side; wired into zh.ts / en.ts under "solution".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const solutionsLocale = { zh, en };
