// /scenarios: the faceted search over published scenarios (app/modules/search/browse*.ts does the work).
import { json, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useResultLinkState } from "~/components/back-to-list";
import { BrowsePage, Highlighted, HighlightedTags } from "~/components/browse";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BudgetRange, DeadlineText, ScenarioStatusBadge } from "~/components/scenario-badges";
import { batchLabel } from "~/modules/scenarios/scenario-transitions";
import { searchPageHeaders } from "~/modules/search/browse";
import { queryAsQuoted } from "~/modules/search/query-syntax";
import { answerBrowseRequest, browseScenarios } from "~/modules/search/browse.server";
import { translatedPageTitle } from "~/utils/meta";
import { ContentText } from "~/components/content-text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data?.state.q
    ? translatedPageTitle(matches, "search.scenarios.titleWithQuery", { q: queryAsQuoted(data.state.q) }, { page: data.state.page, pageCount: data.pageCount })
    : translatedPageTitle(matches, "search.scenarios.title", {}, { page: data?.state.page, pageCount: data?.pageCount });

export async function loader({ request }: LoaderFunctionArgs) {
  const answer = await answerBrowseRequest("scenarios", new URL(request.url), browseScenarios);
  return "redirect" in answer ? redirect(answer.redirect) : json(answer.data, { status: answer.status, headers: answer.headers });
}

export const headers: HeadersFunction = searchPageHeaders;

export default function ScenarioSearchPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const backState = useResultLinkState();
  const name = (category: { nameZh: string; nameEn: string }) => (i18n.language === "en" ? category.nameEn : category.nameZh);
  return (
    <BrowsePage kind="scenarios" data={{ ...data, itemCount: data.items.length }} title={t("search.scenarios.title")} intro={t("search.scenarios.intro")}>
      <ul className="space-y-3">
        {data.items.map((item) => (
          <li key={item.id}>
            <article className="rounded-lg bg-white p-4 shadow">
              <h3 className="text-lg font-semibold">
                <Link to={`/scenarios/${item.id}`} state={backState} className="text-brand-700 underline">
                  <Highlighted html={item.titleHtml} text={item.title} />
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                <ContentText text={item.org.name} /> · {name(item.category)} · {t(`districts.${item.district}`)} · {t(`scenario.mode.${item.mode}`)}
                {item.batch ? ` · ${batchLabel(item.batch, i18n.language)}` : ""}
              </p>
              <p className="mt-2 break-words text-slate-800">
                <Highlighted html={item.summaryHtml} text={item.summary} />
              </p>
              <HighlightedTags tags={item.tags} html={item.tagsHtml} label={t("scenario.field.tags")} className="mt-2" />
              <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
                <ScenarioStatusBadge status={item.status} />
                <span><BudgetRange min={item.budgetMin} max={item.budgetMax} /></span>
                <span><DeadlineText deadline={item.deadline} daysLeft={item.daysLeft} open={item.open} /></span>
                {item.expectedFirstUnitTypes.map((type) => (
                  <span key={type} className="rounded bg-purple-100 px-1.5 text-xs text-purple-900">{t(`scenario.firstUnit.${type}`)}</span>
                ))}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </BrowsePage>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
