// Small pieces shared by the bid and case pages: the bid status badge, the first-unit label of a linked
// solution, and dates in the reader's language (China time, where the marketplace lives).
import { useTranslation } from "react-i18next";
import type { FirstUnitStatus, FirstUnitType } from "~/generated/prisma/enums.ts";
import { FirstUnitBadge } from "./first-unit-badge";

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

/** The first-unit record of a linked solution (engineer B's badge), or a dash when it has none. */
export function BidFirstUnitLabel({ type, status }: { type: string | null | undefined; status: string | null | undefined }) {
  if (!type || !status || status === "NONE") return <span className="text-slate-600">—</span>;
  return <FirstUnitBadge type={type as FirstUnitType} status={status as FirstUnitStatus} />;
}

