// Small pieces shared by scenario pages: the status badge, the budget range and the deadline with days left.
import { useFormatDate } from "./use-format-date";
import { useTranslation } from "react-i18next";
import { formatWan } from "~/utils/money";

const TONE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-900",
  PENDING_REVIEW: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-orange-100 text-orange-900",
  PUBLISHED: "bg-green-100 text-green-900",
  CLOSED: "bg-slate-200 text-slate-900",
  AWARDED: "bg-blue-100 text-blue-900",
  UNAWARDED: "bg-slate-200 text-slate-900",
  ARCHIVED: "bg-slate-200 text-slate-800",
};

export function ScenarioStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status] ?? "bg-slate-100 text-slate-900"}`}>{t(`scenario.status.${status}`)}</span>;
}

export function BudgetRange({ min, max }: { min: number; max: number }) {
  const { t, i18n } = useTranslation();
  return <>{t("scenario.list.budgetRange", { min: formatWan(min, i18n.language), max: formatWan(max, i18n.language) })}</>;
}


/** "截止 2026/09/30 · 还剩 12 天" — days are computed by the server so the page does not change on hydration. */
export function DeadlineText({ deadline, daysLeft, open, labelled = true }: { deadline: string; daysLeft: number; open: boolean; labelled?: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <>
      {/* `labelled={false}` where a row's label already says "deadline" ("截止日期：截止 …" said it twice). */}
      {labelled ? t("scenario.list.deadline", { date: formatDate(deadline) }) : formatDate(deadline)}
      {" · "}
      {!open || daysLeft < 0 ? t("scenario.list.ended") : daysLeft === 0 ? t("scenario.list.lastDay") : t("scenario.list.daysLeft", { count: daysLeft })}
    </>
  );
}
