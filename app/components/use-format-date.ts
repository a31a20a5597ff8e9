// Dates as people in Rizhao read them: Beijing time, in the page's language.
import { useTranslation } from "react-i18next";

export function useFormatDate() {
  const { i18n } = useTranslation();
  return (iso: string | Date, withTime = false) =>
    new Date(iso).toLocaleString(i18n.language === "en" ? "en-GB" : "zh-CN", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
}
