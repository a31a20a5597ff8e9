/**
 * The language of a record's own text when it differs from the page's, for a `lang` attribute: users write
 * titles and descriptions in Chinese whatever page they are read on, and a screen reader reads text in the
 * page's language unless told otherwise (an English voice garbles 无人机巡检). Undefined when the page's
 * language fits.
 */
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export function contentLang(text: string, pageLanguage: string | undefined): "zh-CN" | "en" | undefined {
  if (HAN.test(text)) return pageLanguage === "en" ? "zh-CN" : undefined;
  return pageLanguage !== "en" && LATIN.test(text) ? "en" : undefined;
}

/**
 * A run of Chinese inside a sentence: Han characters with the Chinese punctuation between them, and the
 * punctuation that opens or closes it (（“…”） aside: curly quotes are English too) — so "理由：价格偏高。" keeps its
 * "。" inside the run, in the Chinese voice, rather than leaving it to the English one.
 */
const CJK_OPENING = "（《「『【〔〈";
const CJK_CLOSING = "。！？；：、，）》」』】〕〉…";
const HAN_RUN = new RegExp(`([${CJK_OPENING}]*\\p{Script=Han}(?:[\\p{Script=Han}、，（）·《》「」『』：；。！？]*\\p{Script=Han})?[${CJK_CLOSING}]*)`, "u");
/**
 * A run of Latin words inside a sentence (digits, spaces, hyphens and apostrophes between them): "drone inspection",
 * "5G", "TRL 7". Not one written onto Chinese characters: 日照测试集团b04d and 5G基站 are names and words of Chinese.
 */
const LATIN_RUN = /((?<![\p{Script=Han}\p{Script=Latin}\p{N}])\p{N}*\p{Script=Latin}(?:[\p{Script=Latin}\p{N}'’.\- ]*[\p{Script=Latin}\p{N}])?(?![\p{Script=Han}\p{Script=Latin}\p{N}]))/u;

export type LanguagePart = { text: string; lang?: "zh-CN" | "en" };

/**
 * A sentence of the page's own making that quotes records' or users' words, cut into the parts in the other
 * language (marked) and the rest: on an English page each Chinese run is zh-CN; on a Chinese page each run of
 * Latin words is en, as a record's Latin text is (contentLang). A screen reader then switches voice for them.
 */
export function languageParts(text: string, pageLanguage: string | undefined): LanguagePart[] {
  const [run, lang] = pageLanguage === "en" ? [HAN_RUN, "zh-CN" as const] : [LATIN_RUN, "en" as const];
  return text
    .split(run)
    .map((part, i) => (i % 2 === 1 ? { text: part, lang } : { text: part }))
    .filter((part) => part.text !== "");
}
