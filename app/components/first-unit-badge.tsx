// 首台套 / 首批次 / 首版次 badge for listings and detail pages. Recognised and applying look different (and
// say so in words, not colour alone); nothing is shown when there is no first-unit record.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type FirstUnitType = "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION";
type FirstUnitStatus = "NONE" | "APPLYING" | "RECOGNISED";

const TONE: Record<Exclude<FirstUnitStatus, "NONE">, string> = {
  RECOGNISED: "border-amber-700 bg-amber-100 text-amber-950",
  APPLYING: "border-dashed border-slate-500 bg-white text-slate-800",
};

export function FirstUnitBadge({
  type,
  status,
  linkToChecklist = false,
}: {
  type: FirstUnitType | null | undefined;
  status: FirstUnitStatus | null | undefined;
  /** Links to the checklist page; leave off when the badge sits inside another link (e.g. a card). */
  linkToChecklist?: boolean;
}) {
  const { t } = useTranslation();
  if (!type || !status || status === "NONE") return null;
  const text = t("solution.firstUnit.badge", { type: t(`solution.firstUnit.type.${type}`), status: t(`solution.firstUnit.status.${status}`) });
  const className = `inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-medium ${TONE[status]}`;
  const mark = <span aria-hidden="true">{status === "RECOGNISED" ? "★" : "☆"}</span>;
  if (linkToChecklist) {
    return (
      <Link
        to={`/first-unit/${type}`}
        className={`${className} underline-offset-2 hover:underline`}
        aria-label={t("solution.firstUnit.badgeLabel", { type: t(`solution.firstUnit.type.${type}`), status: t(`solution.firstUnit.status.${status}`) })}
      >
        {mark}
        {text}
      </Link>
    );
  }
  return (
    <span className={className}>
      {mark}
      {text}
    </span>
  );
}
