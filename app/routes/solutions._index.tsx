import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SolutionCard } from "~/components/solution-card";
import { Button } from "~/components/ui/button";
import { controlClass } from "~/components/ui/form";
import { Pagination } from "~/components/ui/pagination";
import { ENTERPRISE_TIERS } from "~/modules/orgs/districts";
import { FIRST_UNIT_TYPES, TRL_LEVELS, maturityStage, parseSolutionFilters } from "~/modules/solutions/solutions.schema";
import { listActiveCategories, listPublicSolutions } from "~/modules/solutions/solutions.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("solution.publicTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = parseSolutionFilters(new URL(request.url).searchParams);
  const page = pageFromRequest(request);
  const [result, categories] = await Promise.all([listPublicSolutions(filters, page), listActiveCategories()]);
  return { filters, page, categories, ...result, items: result.items.map((item) => ({ ...item, publishedAt: item.publishedAt?.toISOString() ?? null })) };
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string | number; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className={controlClass}>
        <option value="">{t("solution.anyOption")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

export default function SolutionsPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const { filters } = data;
  const loading = navigation.state === "loading" && navigation.location.pathname === "/solutions";
  return (
    <section aria-labelledby="solutions-title" className="space-y-5">
      <h1 id="solutions-title" className="text-2xl font-semibold">{t("solution.publicTitle")}</h1>
      <p className="text-slate-700">{t("solution.publicIntro")}</p>
      <Form method="get" className="space-y-4 rounded-lg bg-white p-5 shadow" aria-labelledby="filters-title">
        <h2 id="filters-title" className="text-base font-semibold">{t("solution.filtersTitle")}</h2>
        <div className="grid gap-4 md:grid-cols-4">
          <FilterSelect
            name="category"
            label={t("solution.field.category")}
            value={filters.category}
            options={data.categories.map((c) => ({ value: c.code, label: i18n.language === "en" ? c.nameEn : c.nameZh }))}
          />
          <FilterSelect
            name="firstUnitType"
            label={t("solution.field.firstUnitType")}
            value={filters.firstUnitType}
            options={FIRST_UNIT_TYPES.map((type) => ({ value: type, label: t(`solution.firstUnit.type.${type}`) }))}
          />
          <FilterSelect
            name="trlMin"
            label={t("solution.field.trlMin")}
            value={filters.trlMin}
            options={TRL_LEVELS.map((trl) => ({ value: String(trl), label: t("solution.field.trlValue", { trl, stage: t(`solution.maturityStage.${maturityStage(trl)}`) }) }))}
          />
          <FilterSelect name="tier" label={t("solution.field.tier")} value={filters.tier} options={ENTERPRISE_TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))} />
          <div className="space-y-1">
            <label htmlFor="filter-priceFrom" className="block text-sm font-medium text-slate-800">{t("solution.field.priceFrom")}</label>
            <input id="filter-priceFrom" name="priceFrom" inputMode="numeric" defaultValue={filters.priceFrom ?? ""} className={controlClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-priceTo" className="block text-sm font-medium text-slate-800">{t("solution.field.priceTo")}</label>
            <input id="filter-priceTo" name="priceTo" inputMode="numeric" defaultValue={filters.priceTo ?? ""} className={controlClass} />
          </div>
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {([
            ["recognised", t("solution.field.recognisedOnly")],
            ["independentInnovation", t("solution.flags.independentInnovation")],
            ["seekingInvestment", t("solution.flags.seekingInvestment")],
          ] as const).map(([name, label]) => (
            <label key={name} className="inline-flex items-center gap-2 text-slate-800">
              <input type="checkbox" name={name} value="1" defaultChecked={filters[name] === "1"} className="h-4 w-4" />
              {label}
            </label>
          ))}
        </div>
        <div className="flex items-center gap-4">
          <Button type="submit" pending={loading} pendingLabel={t("loading")}>{t("solution.applyFilters")}</Button>
          <Link to="/solutions" className="text-sm text-brand-700 underline">{t("solution.clearFilters")}</Link>
        </div>
      </Form>
      <p role="status" className="text-sm text-slate-700">{t("solution.resultCount", { count: data.total })}</p>
      {data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center text-slate-700">{t("solution.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {data.items.map((solution) => (
            <li key={solution.id}>
              <SolutionCard solution={solution} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
