// The scenario's organisation finds published solutions (recommended, or searched as /solutions searches) and invites their firms to bid.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { QueryNotes, WordsToLeaveOut } from "~/components/browse";
import { MixedText } from "~/components/content-text";
import { DidYouMean } from "~/components/did-you-mean";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InvitableSolutionItem, showsInviteReply, UnsentInvitation } from "~/components/invite-solution-form";
import { INVITED_FLASH_HANDLE, InvitedConfirmation, SolutionRecommendations, useInvitedFlash } from "~/components/recommendations";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { controlClass } from "~/components/ui/form";
import { PageOutOfRange, Pagination } from "~/components/ui/pagination";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { inviteSchema } from "~/modules/bids/bids.schema";
import { AlreadyBidError, AlreadyInvitedError, BidNotFoundError, inviteBlocker, type InviteBlocker, InviteNotAllowedError, inviteSolution, ownScenario, searchInvitableSolutions, SolutionNotUsableError } from "~/modules/bids/bids.server";
import { inviteErrorSection, inviteReturnPath, parseInviteSource, SOLUTION_SEARCH_ANCHOR, type InviteSource } from "~/modules/bids/invite-source";
import { RECOMMENDATION_LIMIT } from "~/modules/matching/recommendations.server";
import { solutionRecommendationsPanel } from "~/modules/matching/recommendation-panels.server";
import { cleanQuery, QUERY_BOX_MAX_LENGTH, queryWasShortened } from "~/modules/search/browse";
import { msg } from "~/utils/i18n";
import { pageFromRequest, readForm, redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";
import type { FlashHandle } from "~/components/flash";
import { isPastLastPage } from "~/utils/pagination";

// The confirmation of an invitation sent here is shown where the owner lands (#invite-search or the
// recommendations), not at the top of the page, which on a phone is off screen there; and said once.
export const handle: FlashHandle = INVITED_FLASH_HANDLE;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "bid.invite.title", data && { scenario: data.scenario.title });

/**
 * The search and page in this page's URL; the invite form posts to that URL, so the action reads the same. A query
 * longer than a search reads is cut at a word, as on /solutions, and the page says so (queryShortened).
 */
function inviteListState(request: Request) {
  const params = new URL(request.url).searchParams;
  return { q: cleanQuery(params.get("q") ?? ""), page: pageFromRequest(request), queryShortened: queryWasShortened(params) };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scenario = await ownScenario(user.id, params.scenarioId ?? "");
  if (!scenario) throw notFound();
  const { q: query, page, queryShortened } = inviteListState(request);
  // Recommendations head the unfiltered first page; once the owner searches, the results come first.
  const browsing = query === "" && page === 1;
  const [solutions, recommendations] = await Promise.all([
    searchInvitableSolutions(scenario.id, scenario.orgId, query, page),
    browsing ? solutionRecommendationsPanel(scenario, scenario.orgId, RECOMMENDATION_LIMIT, context.requestId) : null,
  ]);
  // Hidden by a reviewer: the page says so with the reason (it is not "closed": a QA review found that misleading).
  const hidden = scenario.hidden ? { reason: scenario.hiddenReason ?? "—" } : null;
  // The forms only where inviteSolution would take them; otherwise the page says why (the same rule, in its order).
  const blocker = inviteBlocker(scenario, scenario.org.verificationStatus);
  return { scenario: { id: scenario.id, title: scenario.title }, blocker, hidden, query, queryShortened, page, solutions, recommendations };
}

/** What a refused invitation says, and with which status: the organisation's own standing is 403, the scenario's state 409. */
const INVITE_REFUSAL = {
  closed: { message: "bid.errors.inviteClosed", status: 409 },
  hidden: { message: "bid.errors.inviteHidden", status: 409 },
  ownerNotVerified: { message: "bid.errors.inviterNotVerified", status: 403 },
} as const satisfies Record<InviteNotAllowedError["reason"], { message: string; status: number }>;

/** A failed invitation; `refusal` when it was refused for the scenario's state or the organisation's standing. */
type ActionResult = { solutionId: string; source: InviteSource; errors: string[]; message?: string; refusal?: InviteBlocker };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const scenarioId = params.scenarioId ?? "";
  if (!(await ownScenario(user.id, scenarioId))) throw notFound();
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: inviteSchema });
  const solutionId = String(formData.get("solutionId") ?? "").slice(0, 40);
  // Where the reply is shown; a source the schema refuses is shown with the search.
  const source = parseInviteSource(formData.get("source"));
  if (submission.status !== "success") {
    const errors = Object.values(submission.error ?? {}).flat().filter((e): e is string => typeof e === "string");
    return Response.json({ solutionId, source, errors, message: String(formData.get("message") ?? "").slice(0, 2000) } satisfies ActionResult, { status: 400 });
  }
  let invited: { firm: string };
  try {
    invited = await inviteSolution({ id: user.id, requestId: context.requestId }, scenarioId, submission.value.solutionId, submission.value.message);
  } catch (error) {
    const keep = { solutionId, source, message: submission.value.message };
    if (error instanceof AlreadyInvitedError) return Response.json({ ...keep, errors: ["bid.errors.alreadyInvited"] } satisfies ActionResult, { status: 409 });
    if (error instanceof AlreadyBidError) return Response.json({ ...keep, errors: ["bid.errors.alreadyBid"] } satisfies ActionResult, { status: 409 });
    if (error instanceof SolutionNotUsableError) return Response.json({ ...keep, errors: ["bid.errors.solutionNotInvitable"] } satisfies ActionResult, { status: 400 });
    if (error instanceof InviteNotAllowedError) {
      const refusal = INVITE_REFUSAL[error.reason];
      return Response.json({ ...keep, errors: [refusal.message], refusal: error.reason } satisfies ActionResult, { status: refusal.status });
    }
    if (error instanceof BidNotFoundError) throw notFound();
    throw error;
  }
  // The flash names the section the owner returns to, where the page shows it (the server never sees a #fragment).
  return redirectWithFlash(inviteReturnPath(scenarioId, source, inviteListState(request)), msg("bid.flash.invited", { firm: invited.firm, section: inviteErrorSection(source) }));
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
  const { scenario, blocker, hidden, query, queryShortened, page, solutions, recommendations } = useLoaderData<typeof loader>();
  const open = blocker === null;
  const result = useActionData<ActionResult>();
  const location = useLocation();
  const navigation = useNavigation();
  // A search of this page under way (not the redirect after an invitation, which posts).
  const searching = navigation.state === "loading" && !navigation.formMethod && navigation.location.pathname === location.pathname;
  // The invitation just sent, shown in the section the owner returns to: the recommendations it came from, else the search.
  const invited = useInvitedFlash();
  const invitedFrom = invited && recommendations && invited.section === "recommended" ? "recommended" : "search";
  const confirmation = (at: "recommended" | "search") => (invited && invitedFrom === at ? <InvitedConfirmation message={invited.message} /> : null);
  const listed = { search: solutions.items, recommended: recommendations?.items ?? [] };
  // Refused for what the page now says on top (the scenario hidden or closed, the organisation not verified since the
  // page was loaded): said once, there, with the message that was not sent — it was said twice, once in each wording.
  const refusedForBlocker = result?.refusal !== undefined && result.refusal === blocker;
  const replyFor = (section: "search" | "recommended") => (solutionId: string) =>
    result && !refusedForBlocker && inviteErrorSection(result.source) === section && result.solutionId === solutionId ? result : undefined;
  // A failure shows in the solution's row (its form, or in place of it when the row is invited by now); one about a
  // solution no longer listed here goes on top, with the message that was not sent.
  const pastLastPage = isPastLastPage({ page, pageCount: solutions.pageCount, total: solutions.total });
  const unmatched =
    result && (refusedForBlocker || !listed[inviteErrorSection(result.source)].some((s) => s.id === result.solutionId && showsInviteReply(s, open))) ? result : null;
  const blockerNotice =
    blocker === "hidden" && hidden ? <MixedText text={t("bid.invite.hidden", { reason: hidden.reason })} /> : blocker === "closed" ? t("bid.invite.closed") : blocker === "ownerNotVerified" ? t("bid.errors.inviterNotVerified") : null;
  return (
    <section aria-labelledby="invite-title" className="space-y-5">
      {/* Back to the scenario, which both ways here start from (its bids page and its recommendations): "back to the
          bids" was wrong for an owner who came from the recommendations (a QA review). */}
      <Link to={`/workspace/scenarios/${scenario.id}`} className="text-sm text-brand-700 underline">← {t("bid.invite.back")}</Link>
      <h1 id="invite-title" className="text-2xl font-semibold"><MixedText text={t("bid.invite.title", { scenario: scenario.title })} /></h1>
      {blockerNotice && !refusedForBlocker ? <Alert tone="warning">{blockerNotice}</Alert> : null}
      {unmatched ? <UnsentInvitation id="invite-errors" reply={unmatched} reason={refusedForBlocker ? blockerNotice : undefined} /> : null}
      {recommendations ? <SolutionRecommendations scenarioId={scenario.id} panel={recommendations} blocker={blocker} variant="invite" replyFor={replyFor("recommended")} status={confirmation("recommended")} /> : null}
      <section id={SOLUTION_SEARCH_ANCHOR} aria-labelledby="invite-search-title" className="space-y-4">
        <h2 id="invite-search-title" className="text-lg font-semibold">{t("matching.solutions.searchAll")}</h2>
        <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="grow space-y-1">
            <label htmlFor="invite-q" className="block text-sm font-medium text-slate-800">{t("bid.invite.search")}</label>
            <input id="invite-q" name="q" type="search" defaultValue={query} maxLength={QUERY_BOX_MAX_LENGTH} aria-describedby="invite-q-hint" className={controlClass} />
            <p id="invite-q-hint" className="text-xs text-slate-600">{t("search.operatorsHint")}</p>
          </div>
          <Button type="submit" variant="secondary">{t("bid.invite.searchButton")}</Button>
        </Form>
        {/* A query cut to length, or words with nothing to search for (的, "the", emoji), are said so, as on /solutions. */}
        <QueryNotes q={query} shortened={queryShortened} />
        {solutions.suggestion ? <DidYouMean suggestion={solutions.suggestion} to={withQuery(location, solutions.suggestion)} /> : null}
        {/* Said to screen readers as it changes (a polite live region, as on the search pages): the number found by
            a search, and an invitation just sent from it — shown here, where the owner lands, and nowhere else. */}
        <p role="status" className="text-sm text-slate-700">
          {confirmation("search")}
          {searching ? t("search.loading") : pastLastPage ? null : solutions.items.length === 0 ? t("bid.invite.empty") : t("search.resultCount", { count: solutions.total })}
        </p>
        {pastLastPage ? <PageOutOfRange total={solutions.total} pageCount={solutions.pageCount} /> : null}
        {/* Several words that found nothing together: which one is in the way, as /solutions says it. */}
        {!searching && solutions.items.length === 0 && solutions.wordsToLeaveOut.length > 0 ? (
          <div className="text-slate-800">
            <WordsToLeaveOut words={solutions.wordsToLeaveOut} hrefFor={(q) => withQuery(location, q)} />
          </div>
        ) : null}
        {solutions.items.length === 0 ? null : (
          <ol aria-label={t("bid.invite.caption")} className="space-y-3">
            {solutions.items.map((solution) => (
              <InvitableSolutionItem
                key={solution.id}
                scenarioId={scenario.id}
                solution={{ ...solution, orgName: solution.org.name }}
                open={open}
                source="search"
                idPrefix="search"
                reply={replyFor("search")(solution.id)}
              />
            ))}
          </ol>
        )}
        <Pagination page={page} pageCount={solutions.pageCount} />
      </section>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
