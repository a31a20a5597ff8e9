// Dates as people in Rizhao read them: Beijing time, in the page's language. English spells the month
// ("30 Sep 2027"): "30/09/2027" reads as a different date to an American reader, "09/10" as two.
import { useTranslation } from "react-i18next";

export function useFormatDate() {
  const { i18n } = useTranslation();
  return (iso: string | Date, withTime = false, withSeconds = false) => formatDate(i18n.language, iso, withTime, withSeconds);
}

/**
 * `iso` in `language` (useFormatDate). Seconds only where events minutes apart must be told apart (a status page's
 * rebuilds and syncs). A time is Beijing time; an English reader (a foreign firm) is told so ("23:59 GMT+8"), or a
 * deadline's 23:59 reads as their own, hours late (a QA review).
 */
export function formatDate(language: string, iso: string | Date, withTime = false, withSeconds = false): string {
  const english = language === "en";
  return new Date(iso).toLocaleString(english ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: english ? "short" : "2-digit",
    day: english ? "numeric" : "2-digit",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", ...(withSeconds ? { second: "2-digit" } : {}), ...(english ? { timeZoneName: "short" } : {}) } : {}),
  });
}
