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
