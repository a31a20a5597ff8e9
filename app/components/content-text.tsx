import { useTranslation } from "react-i18next";
import { contentLang } from "~/utils/content-lang";

/** A record's own text (a title, a name), marked with its language where the page's differs (contentLang). */
export function ContentText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  const lang = contentLang(text, i18n.language);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
