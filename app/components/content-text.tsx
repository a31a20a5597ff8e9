import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { contentLang } from "~/utils/content-lang";

/** A record's own text (a title, a name), marked with its language where the page's differs (contentLang). */
export function ContentText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  const lang = contentLang(text, i18n.language);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

/**
 * `lang` for an element that holds one record text alone (a title heading, a description paragraph), where a
 * span inside it would be one wrapper too many: `<p lang={langOf(scenario.description)}>`.
 */
export function useContentLang() {
  const { i18n } = useTranslation();
  return (text: string) => contentLang(text, i18n.language);
}

/** A record's list (its tags, its industry chain): each item marked as ContentText, joined as the page joins lists. */
export function ContentList({ items }: { items: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? t("listSeparator") : null}
          <ContentText text={item} />
        </Fragment>
      ))}
    </>
  );
}

/** A run of Chinese inside a sentence: Han characters, with the Chinese punctuation between them. */
const HAN_RUN = /(\p{Script=Han}(?:[\p{Script=Han}、，（）·]*\p{Script=Han})?)/u;

/**
 * A sentence of the page's own making that quotes records' Chinese words ("Shared keywords: 三维建模 (3D
 * modelling), 点云"): on an English page each Chinese run is marked zh-CN, so a screen reader switches voice for
 * it and back. Chinese pages need no marks (Latin words inside Chinese are read fine).
 */
export function MixedText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  if (i18n.language !== "en") return <>{text}</>;
  return <>{text.split(HAN_RUN).map((part, i) => (i % 2 === 1 ? <span key={i} lang="zh-CN">{part}</span> : part))}</>;
}
