import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { contentLang, languageParts } from "~/utils/content-lang";

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

/**
 * A sentence of the page's own making that quotes records' or users' words ("Shared keywords: 三维建模 (3D
 * modelling), 点云"; "没有找到与“drone inspection”相关的结果"): the words in the other language than the page's
 * are marked with theirs (languageParts) — Chinese runs zh-CN on English pages, Latin runs en on Chinese pages, as
 * a record's own Latin text is there (ContentText) — so a screen reader switches voice for them and back.
 */
export function MixedText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      {languageParts(text, i18n.language).map((part, i) => (part.lang ? <span key={i} lang={part.lang}>{part.text}</span> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
