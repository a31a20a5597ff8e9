// Small pieces shared by the bid and case pages: the bid status badge, the first-unit label of a linked
// solution, and dates in the reader's language (China time, where the marketplace lives).
import { useTranslation } from "react-i18next";

const TONE: Record<string, string> = {
  SUBMITTED: "bg-blue-100 text-blue-900",
  SHORTLISTED: "bg-amber-100 text-amber-900",
  AWARDED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-slate-200 text-slate-900",
};

export function BidStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status] ?? "bg-slate-100 text-slate-900"}`}>{t(`bid.status.${status}`)}</span>;
}

/** 首台（套）· 已认定 — the first-unit record of a solution, or a dash when it has none. */
export function BidFirstUnitLabel({ type, status }: { type: string | null | undefined; status: string | null | undefined }) {
  const { t } = useTranslation();
  if (!type) return <span className="text-slate-600">—</span>;
  const recognised = status === "RECOGNISED";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${recognised ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-900"}`}>
      {t(`bid.firstUnitType.${type}`)} · {t(`bid.firstUnitStatus.${status ?? "NONE"}`)}
    </span>
  );
}

export function useFormatDate() {
  const { i18n } = useTranslation();
  return (iso: string | Date, withTime = false) =>
    new Date(iso).toLocaleString(i18n.language === "zh" ? "zh-CN" : "en-GB", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
}
