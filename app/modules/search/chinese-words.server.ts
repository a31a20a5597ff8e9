/**
 * Chinese word segmentation for queries of the embedded engine: jieba (jieba-rs compiled to WebAssembly,
 * the segmenter Meilisearch's tokenizer charabia uses too), so a query is cut where Meilisearch would cut it.
 *
 *   segmentChinese(run)    — a run of Chinese characters as jieba's words, in order (tokenizer.ts ChineseSegmenter)
 *   warmChineseSegmenter() — builds jieba's dictionary now (≈ 0.3 s once), not in the first user's search
 *
 * Only queries are segmented; the index stays two-character pieces, which find a word inside any longer
 * word (处理 in 待处理, where a segmented index misses it). Without segmentation a query of several words
 * written together (港口调度, 燃气管网泄漏监测) had to occur exactly so, and mostly found nothing.
 * The dictionary costs about 70 MB of memory; it is loaded on the first query with three or more Chinese
 * characters in a row (ADR 0012).
 */
import { createRequire } from "node:module";
import { DOMAIN_DICTIONARY } from "./indexes";
import type { ChineseSegmenter } from "./tokenizer";

type Jieba = { cut(text: string, hmm?: boolean | null): string[]; add_word(word: string, freq?: number | null, tag?: string | null): number };

let jieba: Jieba | null = null;

function loadJieba(): Jieba {
  if (jieba) return jieba;
  // The package's Node build is CommonJS and reads its .wasm file next to itself when required.
  const loaded = createRequire(import.meta.url)("jieba-wasm") as Jieba;
  // The indexes' domain dictionary, as Meilisearch's tokenizer takes it (the `dictionary` setting): without it
  // jieba cuts 大模型 into 大 | 模型 and 自动驾驶 into 自动 | 驾驶, and a query's words are read apart.
  for (const word of DOMAIN_DICTIONARY) loaded.add_word(word);
  jieba = loaded;
  return jieba;
}

export const segmentChinese: ChineseSegmenter = (run) => {
  // HMM on: trade words missing from jieba's dictionary (岸桥, 门机) are recognised as new words more often.
  const segments = loadJieba().cut(run, true);
  // The query parser relies on the segments spelling the run exactly; anything else is taken as one phrase.
  return segments.join("") === run ? segments : [run];
};

export function warmChineseSegmenter(): void {
  segmentChinese("预热词典");
}
