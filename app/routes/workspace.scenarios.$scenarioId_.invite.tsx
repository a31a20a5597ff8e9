// The scenario's organisation finds published solutions (recommended, or searched as /solutions searches) and invites their firms to bid.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BidFirstUnitLabel } from "~/components/bid-status";
import { ContentText, MixedText } from "~/components/content-text";
import { DidYouMean } from "~/components/did-you-mean";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InvitedLabel, InviteSolutionForm } from "~/components/invite-solution-form";
import { SolutionRecommendations } from "~/components/recommendations";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormErrors, controlClass } from "~/components/ui/form";
import { Pagination } from "~/components/ui/pagination";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { inviteSchema } from "~/modules/bids/bids.schema";
import { AlreadyBidError, AlreadyInvitedError, BidNotAllowedError, FirmCannotBidError, BidNotFoundError, inviteSolution, ownScenario, searchInvitableSolutions, SolutionNotUsableError } from "~/modules/bids/bids.server";
import { inviteErrorSection, inviteReturnPath, parseInviteSource, type InviteSource } from "~/modules/bids/invite-source";
import { RECOMMENDATION_LIMIT } from "~/modules/matching/recommendations.server";
import { solutionRecommendationsPanel } from "~/modules/matching/recommendation-panels.server";
import { isOpenForBids } from "~/modules/scenarios/scenario-transitions";
import { pageFromRequest, readForm, redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "bid.invite.title", data && { scenario: data.scenario.title });

/** The search and page in this page's URL; the invite form posts to that URL, so the action reads the same. */
function inviteListState(request: Request) {
  return { q: (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100), page: pageFromRequest(request) };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scenario = await ownScenario(user.id, params.scenarioId ?? "");
  if (!scenario) throw notFound();
  const { q: query, page } = inviteListState(request);
  // Recommendations head the unfiltered first page; once the owner searches, the results come first.
  const browsing = query === "" && page === 1;
  const [solutions, recommendations] = await Promise.all([
    searchInvitableSolutions(scenario.id, scenario.orgId, query, page),
    browsing ? solutionRecommendationsPanel(scenario, scenario.orgId, RECOMMENDATION_LIMIT, context.requestId) : null,
  ]);
  return { scenario: { id: scenario.id, title: scenario.title }, open: isOpenForBids(scenario, new Date()), query, page, solutions, recommendations };
}

type ActionResult = { solutionId: string; source: InviteSource; errors: string[]; message?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const scenarioId = params.scenarioId ?? "";
  if (!(await ownScenario(user.id, scenarioId))) throw notFound();
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: inviteSchema });
  const solutionId = String(formData.get("solutionId") ?? "").slice(0, 40);
  const source = parseInviteSource(formData.get("source"));
  if (submission.status !== "success") {
    const errors = Object.values(submission.error ?? {}).flat().filter((e): e is string => typeof e === "string");
    return Response.json({ solutionId, source, errors, message: String(formData.get("message") ?? "").slice(0, 2000) } satisfies ActionResult, { status: 400 });
  }
  try {
    await inviteSolution({ id: user.id, requestId: context.requestId }, scenarioId, submission.value.solutionId, submission.value.message);
  } catch (error) {
    const keep = { solutionId, source, message: submission.value.message };
    if (error instanceof AlreadyInvitedError) return Response.json({ ...keep, errors: ["bid.errors.alreadyInvited"] } satisfies ActionResult, { status: 409 });
    if (error instanceof AlreadyBidError) return Response.json({ ...keep, errors: ["bid.errors.alreadyBid"] } satisfies ActionResult, { status: 409 });
    if (error instanceof FirmCannotBidError) return Response.json({ ...keep, errors: ["bid.errors.firmCannotBid"] } satisfies ActionResult, { status: 409 });
    if (error instanceof SolutionNotUsableError) return Response.json({ ...keep, errors: ["bid.errors.solutionNotInvitable"] } satisfies ActionResult, { status: 400 });
    if (error instanceof BidNotAllowedError) return Response.json({ ...keep, errors: ["bid.errors.inviteClosed"] } satisfies ActionResult, { status: 409 });
    if (error instanceof BidNotFoundError) throw notFound();
    throw error;
  }
  return redirectWithFlash(inviteReturnPath(scenarioId, source, inviteListState(request)), "bid.flash.invited");
}

/** This page searching for `q` from its first page; the rest of its URL is kept. */
function withQuery(location: { pathname: string; search: string }, q: string) {
  const params = new URLSearchParams(location.search);
  params.set("q", q);
  params.delete("page");
  return `${location.pathname}?${params}`;
}

export default function InvitePage() {
  const { t } = useTranslation();
  const { scenario, open, query, page, solutions, recommendations } = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const location = useLocation();
  const rowHasForm = (solution: { id: string; invited: boolean; bid?: "active" | "withdrawn" | null }) => open && !solution.invited && !solution.bid;
  const listed = { search: solutions.items, recommended: recommendations?.items ?? [] };
  const replyFor = (section: "search" | "recommended") => (solutionId: string) =>
    result && inviteErrorSection(result.source) === section && result.solutionId === solutionId ? result : undefined;
  // Errors about a solution whose row shows no form (already invited, not listed here) go on top.
  const unmatchedError = result && !listed[inviteErrorSection(result.source)].some((s) => s.id === result.solutionId && rowHasForm(s)) ? result.errors : null;
  return (
    <section aria-labelledby="invite-title" className="space-y-5">
      <Link to={`/workspace/scenarios/${scenario.id}/bids`} className="text-sm text-brand-700 underline">← {t("bid.invite.back")}</Link>
      <h1 id="invite-title" className="text-2xl font-semibold"><MixedText text={t("bid.invite.title", { scenario: scenario.title })} /></h1>
      {!open ? <Alert tone="warning">{t("bid.invite.closed")}</Alert> : null}
      {unmatchedError ? <FormErrors id="invite-errors" errors={unmatchedError} /> : null}
      {recommendations ? <SolutionRecommendations scenarioId={scenario.id} panel={recommendations} open={open} variant="invite" replyFor={replyFor("recommended")} /> : null}
      <section aria-labelledby="invite-search-title" className="space-y-4">
        <h2 id="invite-search-title" className="text-lg font-semibold">{t("matching.solutions.searchAll")}</h2>
        <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="grow space-y-1">
            <label htmlFor="invite-q" className="block text-sm font-medium text-slate-800">{t("bid.invite.search")}</label>
            <input id="invite-q" name="q" type="search" defaultValue={query} maxLength={100} className={controlClass} />
          </div>
          <Button type="submit" variant="secondary">{t("bid.invite.searchButton")}</Button>
        </Form>
        {solutions.suggestion ? <DidYouMean suggestion={solutions.suggestion} to={withQuery(location, solutions.suggestion)} /> : null}
        {solutions.items.length === 0 ? (
          <p className="text-slate-700">{t("bid.invite.empty")}</p>
        ) : (
          <TableScroller label={t("bid.invite.caption")}>
            <table className="w-full rounded-lg bg-white text-left text-sm shadow">
              <caption className="sr-only">{t("bid.invite.caption")}</caption>
              <thead className="border-b border-slate-200">
                <tr>
                  <th scope="col" className="p-3">{t("bid.invite.solution")}</th>
                  <th scope="col" className="p-3">{t("bid.invite.firm")}</th>
                  <th scope="col" className="p-3">{t("bid.invite.firstUnit")}</th>
                  <th scope="col" className="p-3">{t("bid.invite.inviteButton")}</th>
                </tr>
              </thead>
              <tbody>
                {solutions.items.map((solution) => (
                  <tr key={solution.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="p-3 font-normal">
                      <Link to={`/solutions/${solution.id}`} className="text-brand-700 underline"><ContentText text={solution.title} /></Link>
                    </th>
                    <td className="p-3"><ContentText text={solution.org.name} /></td>
                    <td className="p-3"><BidFirstUnitLabel type={solution.firstUnitType} status={solution.firstUnitStatus} /></td>
                    <td className="p-3">
                      {solution.invited || solution.bid ? (
                        <InvitedLabel bid={solution.invited ? undefined : (solution.bid ?? undefined)} />
                      ) : rowHasForm(solution) ? (
                        <InviteSolutionForm scenarioId={scenario.id} solution={solution} source="search" idPrefix="search" reply={replyFor("search")(solution.id)} />
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
        <Pagination page={page} pageCount={solutions.pageCount} />
      </section>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
