import { useTranslation } from "react-i18next";

const TONE: Record<string, string> = {
  DRAFT: "bg-slate-200 text-slate-900",
  PENDING_REVIEW: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

export function CaseStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status] ?? "bg-slate-100 text-slate-900"}`}>{t(`caseStudy.status.${status}`)}</span>;
}
