// Texts of the caseStudy domain, both languages side by side; wired into zh.ts / en.ts under "caseStudy".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const casesLocale = { zh, en };
