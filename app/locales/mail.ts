// Texts of the mail domain, both languages side by side; wired into zh.ts / en.ts under "mail".
import type { Shape } from "./shape";

const zh = {};

const en: Shape<typeof zh> = {};

export const mailLocale = { zh, en };
