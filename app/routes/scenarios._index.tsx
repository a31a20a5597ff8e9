import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BudgetRange, DeadlineText } from "~/components/scenario-badges";
import { Button } from "~/components/ui/button";
import { controlClass } from "~/components/ui/form";
import { Pagination } from "~/components/ui/pagination";
import { DISTRICTS } from "~/modules/orgs/districts";
import { daysUntil, isOpenForBids } from "~/modules/scenarios/scenario-transitions";
import { filtersFromSearchParams, FIRST_UNIT_TYPES, SCENARIO_MODES } from "~/modules/scenarios/scenarios.schema";
import { listActiveCategories, listPublicScenarios } from "~/modules/scenarios/scenarios.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("scenario.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const page = pageFromRequest(request);
  const [result, categories] = await Promise.all([listPublicScenarios(filters, page), listActiveCategories()]);
  const now = new Date();
  return {
    filters,
    page,
    categories,
    total: result.total,
    pageCount: result.pageCount,
    items: result.items.map((item) => ({ ...item, daysLeft: daysUntil(item.deadline, now), open: isOpenForBids({ ...item, hidden: false }, now) })),
  };
}

export default function ScenarioListPage() {
  const { t, i18n } = useTranslation();
  const { filters, page, pageCount, total, items, categories } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const name = (category: { nameZh: string; nameEn: string }) => (i18n.language === "en" ? category.nameEn : category.nameZh);
  const select = (id: keyof typeof filters, label: string, options: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`filter-${id}`} name={id} defaultValue={(filters[id] as string | undefined) ?? ""} className={controlClass}>
        <option value="">{t("scenario.list.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
  const input = (id: keyof typeof filters, label: string, type: "number" | "date") => (
    <div className="space-y-1">
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <input id={`filter-${id}`} name={id} type={type} min={type === "number" ? 0 : undefined} defaultValue={filters[id] === undefined ? "" : String(filters[id])} className={controlClass} />
    </div>
  );
  return (
    <section aria-labelledby="scenarios-title" className="space-y-5">
      <div>
        <h1 id="scenarios-title" className="text-2xl font-semibold">{t("scenario.list.title")}</h1>
        <p className="mt-1 text-slate-700">{t("scenario.list.intro")}</p>
      </div>
      <Form method="get" className="rounded-lg bg-white p-4 shadow" aria-labelledby="filters-title">
        <h2 id="filters-title" className="mb-3 text-lg font-semibold">{t("scenario.list.filters")}</h2>
        <div className="grid gap-4 md:grid-cols-4">
          {select("category", t("scenario.list.category"), categories.map((category) => ({ value: category.code, label: name(category) })))}
          {select("district", t("scenario.list.district"), DISTRICTS.map((value) => ({ value, label: t(`districts.${value}`) })))}
          {select("mode", t("scenario.list.mode"), SCENARIO_MODES.map((value) => ({ value, label: t(`scenario.mode.${value}`) })))}
          {select("firstUnit", t("scenario.list.firstUnit"), FIRST_UNIT_TYPES.map((value) => ({ value, label: t(`scenario.firstUnit.${value}`) })))}
          {input("budgetFrom", t("scenario.list.budgetFrom"), "number")}
          {input("budgetTo", t("scenario.list.budgetTo"), "number")}
          {input("deadlineAfter", t("scenario.list.deadlineAfter"), "date")}
          {input("deadlineBefore", t("scenario.list.deadlineBefore"), "date")}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <label className="inline-flex items-center gap-2 text-slate-800">
            <input type="checkbox" name="open" value="1" defaultChecked={filters.open === "1"} className="h-4 w-4" />
            {t("scenario.list.openOnly")}
          </label>
          <Button type="submit" pending={navigation.state === "loading" && navigation.location?.pathname === "/scenarios"} pendingLabel={t("loading")}>{t("scenario.list.apply")}</Button>
          <Link to="/scenarios" className="text-sm text-brand-700 underline">{t("scenario.list.reset")}</Link>
        </div>
      </Form>
      <p role="status" className="text-sm text-slate-700">{t("scenario.list.count", { count: total })}</p>
      {items.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow">{t("scenario.list.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg bg-white p-4 shadow">
              <h2 className="text-lg font-semibold">
                <Link to={`/scenarios/${item.id}`} className="text-brand-700 underline">{item.title}</Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">{item.org.name} · {name(item.category)} · {t(`districts.${item.district}`)} · {t(`scenario.mode.${item.mode}`)}{item.batch ? ` · ${item.batch}` : ""}</p>
              <p className="mt-2 break-words text-slate-800">{item.summary}</p>
              <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                <span><BudgetRange min={item.budgetMin} max={item.budgetMax} /></span>
                <span><DeadlineText deadline={item.deadline as unknown as string} daysLeft={item.daysLeft} open={item.open} /></span>
                {item.expectedFirstUnitTypes.map((type) => (
                  <span key={type} className="rounded bg-purple-100 px-1.5 text-xs text-purple-900">{t(`scenario.firstUnit.${type}`)}</span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
