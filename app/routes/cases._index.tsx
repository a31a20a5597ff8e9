// The public showcase of typical application cases: published only, newest first, by category.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BidFirstUnitLabel } from "~/components/bid-status";
import { ContentText, MixedText, useContentLang } from "~/components/content-text";
import { useFormatDate } from "~/components/use-format-date";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { controlClass } from "~/components/ui/form";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { listPublishedCases } from "~/modules/cases/cases.server";
import { listActiveCategories } from "~/modules/scenarios/scenarios.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("caseStudy.showcase.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const categories = await listActiveCategories();
  const requested = new URL(request.url).searchParams.get("category");
  const category = categories.find((c) => c.code === requested)?.code ?? null;
  const page = pageFromRequest(request);
  return { categories, category, page, ...(await listPublishedCases(page, category)) };
}

export default function CaseShowcasePage() {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const data = useLoaderData<typeof loader>();
  const langOf = useContentLang();
  const nameOf = (c: { nameZh: string; nameEn: string }) => (i18n.language === "zh" ? c.nameZh : c.nameEn);
  return (
    <section aria-labelledby="showcase-title" className="space-y-5">
      <h1 id="showcase-title" className="text-2xl font-semibold">{t("caseStudy.showcase.title")}</h1>
      <p className="text-slate-700">{t("caseStudy.showcase.intro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="case-category" className="block text-sm font-medium text-slate-800">{t("caseStudy.showcase.category")}</label>
          <select id="case-category" name="category" defaultValue={data.category ?? ""} className={controlClass}>
            <option value="">{t("caseStudy.showcase.allCategories")}</option>
            {data.categories.map((c) => (
              <option key={c.code} value={c.code}>{nameOf(c)}</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">{t("caseStudy.showcase.filter")}</Button>
      </Form>
      <PagedList page={data.page} pageCount={data.pageCount} total={data.total} items={data.items} empty={<EmptyState>{t("caseStudy.showcase.empty")}</EmptyState>}>
        <ul aria-label={t("caseStudy.showcase.caption")} className="grid gap-4 md:grid-cols-2">
          {data.items.map((item) => (
            <li key={item.id} className="space-y-2 rounded-lg bg-white p-5 shadow">
              <h2 className="text-lg font-semibold">
                <Link to={`/cases/${item.id}`} className="text-brand-700 underline"><ContentText text={item.title} /></Link>
              </h2>
              <p className="text-sm text-slate-600">
                {nameOf(item.scenario.category)} · {item.publishedAt ? t("caseStudy.showcase.publishedAt", { date: formatDate(item.publishedAt) }) : null}
              </p>
              <p className="text-sm"><MixedText text={t("caseStudy.showcase.scenario", { title: item.scenario.title })} /></p>
              <p className="text-sm">
                <MixedText text={t("caseStudy.showcase.firm", { name: item.bid.org.name })} />{" "}
                {item.bid.solution?.firstUnitType ? <BidFirstUnitLabel type={item.bid.solution.firstUnitType} status={item.bid.solution.firstUnitStatus} /> : null}
              </p>
              {item.figures.length > 0 ? (
                <dl className="flex flex-wrap gap-3">
                  {item.figures.slice(0, 3).map((figure, index) => (
                    <div key={index} className="rounded bg-slate-50 px-3 py-1">
                      <dt lang={langOf(figure.label)} className="text-xs text-slate-600">{figure.label}</dt>
                      <dd lang={langOf(figure.value)} className="font-semibold text-brand-800">{figure.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <p lang={langOf(item.outcome)} className="line-clamp-3 break-words text-sm text-slate-700">{item.outcome}</p>
            </li>
          ))}
        </ul>
      </PagedList>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
