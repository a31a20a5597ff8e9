// Dates as people in Rizhao read them: Beijing time, in the page's language. English spells the month
// ("30 Sep 2027"): "30/09/2027" reads as a different date to an American reader, "09/10" as two.
import { useTranslation } from "react-i18next";

export function useFormatDate() {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  // Seconds only where events minutes apart must be told apart (a status page's rebuilds and syncs).
  return (iso: string | Date, withTime = false, withSeconds = false) =>
    new Date(iso).toLocaleString(english ? "en-GB" : "zh-CN", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: english ? "short" : "2-digit",
      day: english ? "numeric" : "2-digit",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", ...(withSeconds ? { second: "2-digit" } : {}) } : {}),
    });
}
