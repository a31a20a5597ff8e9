// Texts of the bid domain, both languages side by side; wired into zh.ts / en.ts under "bid".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const bidsLocale = { zh, en };
