import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/modules/auth/permissions.server";
import { FIRST_UNIT_TYPES } from "~/modules/solutions/solutions.schema";
import { getFirstUnitChecklist } from "~/modules/solutions/solutions.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const english = (matches.find((match) => match.id === "root")?.data as { locale?: string } | undefined)?.locale === "en";
  return pageTitle(matches, english ? data?.checklist.titleEn : data?.checklist.titleZh);
};

export async function loader({ params }: LoaderFunctionArgs) {
  const type = FIRST_UNIT_TYPES.find((value) => value === params.type);
  if (!type) throw notFound();
  const checklist = await getFirstUnitChecklist(type);
  if (!checklist) throw notFound();
  return { checklist: { ...checklist, updatedAt: checklist.updatedAt.toISOString() } };
}

export default function FirstUnitChecklistPage() {
  const { t, i18n } = useTranslation();
  const { checklist } = useLoaderData<typeof loader>();
  const english = i18n.language === "en";
  const title = english ? checklist.titleEn : checklist.titleZh;
  const conditions = english ? checklist.conditionsEn : checklist.conditionsZh;
  const materials = english ? checklist.materialsEn : checklist.materialsZh;
  return (
    <article aria-labelledby="checklist-title" className="space-y-5">
      <h1 id="checklist-title" className="text-2xl font-semibold">{t("solution.firstUnit.checklistTitle", { title })}</h1>
      <p className="text-slate-700">{t("solution.firstUnit.subsidyNote")}</p>
      <section aria-labelledby="conditions-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="conditions-title" className="text-lg font-semibold">{t("solution.firstUnit.conditions")}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {conditions.map((item, index) => <li key={index}>{item}</li>)}
        </ol>
      </section>
      <section aria-labelledby="materials-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="materials-title" className="text-lg font-semibold">{t("solution.firstUnit.materials")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {materials.map((item, index) => <li key={index}>{item}</li>)}
        </ul>
      </section>
      <p className="text-sm text-slate-600">
        {t("solution.firstUnit.updatedAt", { date: new Date(checklist.updatedAt).toLocaleDateString(english ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai" }) })}
      </p>
      <nav aria-label={t("solution.firstUnit.otherTypes")}>
        <ul className="flex flex-wrap gap-4 text-sm">
          {FIRST_UNIT_TYPES.map((type) => (
            <li key={type}>
              <Link to={`/first-unit/${type}`} aria-current={type === checklist.type ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold">
                {t(`solution.firstUnit.type.${type}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
