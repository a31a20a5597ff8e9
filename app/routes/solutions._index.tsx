// /solutions: the faceted search over published solutions (app/modules/search/browse*.ts does the work).
import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useResultLinkState } from "~/components/back-to-list";
import { BrowsePage, Highlighted, HighlightedTags } from "~/components/browse";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SolutionMeta } from "~/components/solution-meta";
import { canonicalFormHref, readBrowseRequest, searchInsteadHref } from "~/modules/search/browse";
import { browseSolutions } from "~/modules/search/browse.server";
import { translatedPageTitle } from "~/utils/meta";
import { ContentText } from "~/components/content-text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data?.state.q ? translatedPageTitle(matches, "search.solutions.titleWithQuery", { q: data.state.q }) : translatedPageTitle(matches, "search.solutions.title", {});

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // A form sent without JavaScript: its empty fields are left out of the address, as the scripted page does.
  const canonical = canonicalFormHref("solutions", params);
  if (canonical) return redirect(canonical);
  const { state, ...said } = readBrowseRequest("solutions", params);
  const result = await browseSolutions(state);
  // Words that found nothing, with a suggestion that finds something: its results, naming the words typed.
  const instead = searchInsteadHref("solutions", state, result, said);
  if (instead) return redirect(instead);
  // A bad amount is left out and said next to its box; the page is still a search, so still 200.
  return json({ ...result, ...said }, { status: result.error ? 400 : 200 });
}

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
