// Texts of the scenario domain, both languages side by side; wired into zh.ts / en.ts under "scenario".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const scenariosLocale = { zh, en };
