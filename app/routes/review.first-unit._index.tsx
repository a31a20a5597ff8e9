import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { listFirstUnitChecklists } from "~/modules/solutions/solutions.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("solution.firstUnit.reviewTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const checklists = await listFirstUnitChecklists();
  return { checklists: checklists.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString() })) };
}

export default function ReviewFirstUnitPage() {
  const { t, i18n } = useTranslation();
  const { checklists } = useLoaderData<typeof loader>();
  const english = i18n.language === "en";
  const formatDate = useFormatDate();
  return (
    <section aria-labelledby="first-unit-review-title" className="space-y-4">
      <h1 id="first-unit-review-title" className="text-2xl font-semibold">{t("solution.firstUnit.reviewTitle")}</h1>
      <p className="text-slate-700">{t("solution.firstUnit.reviewIntro")}</p>
      <TableScroller label={t("solution.firstUnit.reviewTitle")}>
        <table className="w-full rounded-lg bg-white text-left text-sm shadow">
          <caption className="sr-only">{t("solution.firstUnit.reviewTitle")}</caption>
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className="p-3">{t("solution.field.firstUnitType")}</th>
              <th scope="col" className="p-3">{t("solution.firstUnit.titleZh")}</th>
              <th scope="col" className="p-3">{t("solution.updatedAt")}</th>
              <th scope="col" className="p-3">{t("form.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {checklists.map((item) => (
              <tr key={item.type} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="p-3 font-medium">{t(`solution.firstUnit.type.${item.type}`)}</th>
                <td className="p-3"><Link to={`/first-unit/${item.type}`} className="text-brand-700 underline">{english ? item.titleEn : item.titleZh}</Link></td>
                <td className="p-3">{formatDate(item.updatedAt, true)}</td>
                <td className="p-3">
                  <Link to={`/review/first-unit/${item.type}`} className="text-brand-700 underline">
                    {t("solution.firstUnit.edit")}<span className="sr-only"> {t(`solution.firstUnit.type.${item.type}`)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
