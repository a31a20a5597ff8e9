// /solutions: the faceted search over published solutions (app/modules/search/browse*.ts does the work).
import { json, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useResultLinkState } from "~/components/back-to-list";
import { BrowsePage, Highlighted, HighlightedTags } from "~/components/browse";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SolutionMeta } from "~/components/solution-meta";
import { searchPageHeaders } from "~/modules/search/browse";
import { queryAsQuoted } from "~/modules/search/query-syntax";
import { answerBrowseRequest, browseSolutions } from "~/modules/search/browse.server";
import { translatedPageTitle } from "~/utils/meta";
import { ContentText } from "~/components/content-text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data?.state.q
    ? translatedPageTitle(matches, "search.solutions.titleWithQuery", { q: queryAsQuoted(data.state.q) }, { page: data.state.page, pageCount: data.pageCount })
    : translatedPageTitle(matches, "search.solutions.title", {}, { page: data?.state.page, pageCount: data?.pageCount });

export async function loader({ request }: LoaderFunctionArgs) {
  const answer = await answerBrowseRequest("solutions", new URL(request.url), browseSolutions);
  return "redirect" in answer ? redirect(answer.redirect) : json(answer.data, { status: answer.status, headers: answer.headers });
}

export const headers: HeadersFunction = searchPageHeaders;

export default function SolutionSearchPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const backState = useResultLinkState();
  return (
    <BrowsePage kind="solutions" data={{ ...data, itemCount: data.items.length }} title={t("search.solutions.title")} intro={t("search.solutions.intro")}>
      <ul className="grid gap-4 lg:grid-cols-2">
        {data.items.map((solution) => (
          <li key={solution.id}>
            <article className="h-full space-y-2 rounded-lg bg-white p-5 shadow">
              <h3 className="text-lg font-semibold">
                <Link to={`/solutions/${solution.id}`} state={backState} className="text-brand-700 underline">
                  <Highlighted html={solution.titleHtml} text={solution.title} />
                </Link>
              </h3>
              <p className="text-sm text-slate-600">{t("solution.fromOrg")}<ContentText text={solution.org.name} /></p>
              <p className="break-words text-slate-800">
                <Highlighted html={solution.summaryHtml} text={solution.summary} />
              </p>
              <HighlightedTags tags={solution.tags} html={solution.tagsHtml} label={t("solution.field.tags")} />
              <SolutionMeta solution={solution} />
            </article>
          </li>
        ))}
      </ul>
    </BrowsePage>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
