// Texts of the moderation domain, both languages side by side; wired into zh.ts / en.ts under "moderation".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const moderationLocale = { zh, en };
