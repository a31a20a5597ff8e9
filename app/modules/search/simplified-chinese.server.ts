/**
 * Traditional Chinese typed into a search, read as Simplified: the marketplace's records are written in
 * Simplified Chinese, and a reader from Hong Kong, Taiwan or abroad who types 無人機巡檢 means 无人机巡检
 * (charabia, Meilisearch's tokenizer, normalizes Chinese the same way). OpenCC's character and phrase tables
 * (opencc-js, "t" → "cn"); Simplified text passes through unchanged (checked on every record of the
 * development set). Queries only: converting every document at index time would cost seconds at 100k records.
 */
import { Converter } from "opencc-js/t2cn";

const toSimplified = Converter({ from: "t", to: "cn" });
const HAN = /\p{Script=Han}/u;

export function simplifiedChinese(text: string): string {
  return HAN.test(text) ? toSimplified(text) : text;
}
