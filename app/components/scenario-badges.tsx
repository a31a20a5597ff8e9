// Small pieces shared by scenario pages: the status badge, the budget range and the deadline with days left.
import { useFormatDate } from "./use-format-date";
import { useTranslation } from "react-i18next";
import { formatWanRange } from "~/utils/money";

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
  return <>{t("scenario.list.budgetRange", { range: formatWanRange(min, max, i18n.language) })}</>;
}


/**
 * "截止 2026/09/30 · 还剩 12 天" — days are computed by the server so the page does not change on hydration.
 * A scenario not published yet (its owner's and the reviewers' view) is not closed: its days are counted as an
 * open one's, and a date already past says "已过期" (submitting refuses it) rather than "已截止".
 */
export function DeadlineText({
  deadline,
  daysLeft,
  open,
  notYetPublished = false,
  labelled = true,
}: {
  deadline: string;
  daysLeft: number;
  open: boolean;
  notYetPublished?: boolean;
  labelled?: boolean;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const counting = open || notYetPublished;
  return (
    <>
      {/* `labelled={false}` where a row's label already says "deadline" ("截止日期：截止 …" said it twice). */}
      {labelled ? t("scenario.list.deadline", { date: formatDate(deadline) }) : formatDate(deadline)}
      {" · "}
      {daysLeft < 0 && notYetPublished
        ? t("scenario.list.deadlinePassed")
        : !counting || daysLeft < 0
          ? t("scenario.list.ended")
          : daysLeft === 0
            ? t("scenario.list.lastDay")
            : t("scenario.list.daysLeft", { count: daysLeft })}
    </>
  );
}
