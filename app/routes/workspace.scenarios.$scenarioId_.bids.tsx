// The scenario's organisation reviews the bids it received: shortlist, decline with a reason, award (after
// a confirmation step). Reviewers may read the table; only the scenario's organisation acts.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentList } from "~/components/attachments";
import { BidFirstUnitLabel, BidStatusBadge } from "~/components/bid-status";
import { ContentText, MixedText, useContentLang } from "~/components/content-text";
import { useFormatDate } from "~/components/use-format-date";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ErrorList, FormErrors, controlClass } from "~/components/ui/form";
import { isReviewer, notFound, requireUser } from "~/modules/auth/permissions.server";
import { allowedBidActions, BidTransitionError } from "~/modules/bids/bid-transitions";
import { rejectBidSchema } from "~/modules/bids/bids.schema";
import { awardBid, BidNotFoundError, decideBid, inviteBlocker, ownScenario, ScenarioNotAwardableError, scenarioWithBids } from "~/modules/bids/bids.server";
import { msg, translateMessage } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";
import { formatWan } from "~/utils/money";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "bid.owner.title", data && { scenario: data.scenario.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = await scenarioWithBids({ id: user.id, reviewer: isReviewer(user) }, params.scenarioId ?? "");
  if (!found) throw notFound();
  const isOwner = user.memberships.some((m) => m.orgId === found.scenario.orgId);
  return {
    scenario: { id: found.scenario.id, title: found.scenario.title, allowMultipleWinners: found.scenario.allowMultipleWinners },
    isOwner,
    // Firms can be invited only while bidding is open, by a verified organisation (the invite page refuses otherwise).
    canInvite: isOwner && inviteBlocker(found.scenario, found.scenario.org.verificationStatus) === null,
    bids: found.bids.map((bid) => ({ ...bid, actions: isOwner ? allowedBidActions(bid.status, "scenarioOwner") : [] })),
  };
}

type ActionResult = { bidId: string; formErrors?: string[]; reasonErrors?: string[]; reason?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const scenarioId = params.scenarioId ?? "";
  if (!(await ownScenario(user.id, scenarioId))) throw notFound();
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const bidId = String(formData.get("bidId") ?? "");
  const found = await scenarioWithBids({ id: user.id, reviewer: false }, scenarioId);
  if (!found?.bids.some((bid) => bid.id === bidId)) throw notFound();
  const actor = { id: user.id, requestId: context.requestId };
  try {
    if (intent === "shortlist") {
      await decideBid(actor, bidId, "shortlist");
      return redirectWithFlash(`/workspace/scenarios/${scenarioId}/bids`, "bid.flash.shortlisted");
    }
    if (intent === "reject") {
      const submission = parseWithZod(formData, { schema: rejectBidSchema });
      if (submission.status !== "success") {
        const reasonErrors = submission.error?.reason ?? [msg("bid.errors.reasonRequired")];
        return Response.json({ bidId, reasonErrors, reason: String(formData.get("reason") ?? "").slice(0, 2000) } satisfies ActionResult, { status: 400 });
      }
      await decideBid(actor, bidId, "reject", submission.value.reason);
      return redirectWithFlash(`/workspace/scenarios/${scenarioId}/bids`, "bid.flash.rejected");
    }
    if (intent === "award") {
      await awardBid(actor, bidId);
      return redirectWithFlash(`/workspace/scenarios/${scenarioId}/bids`, "bid.flash.awarded");
    }
  } catch (error) {
    if (error instanceof BidNotFoundError) throw notFound();
    if (error instanceof ScenarioNotAwardableError) return Response.json({ bidId, formErrors: ["bid.errors.notAwardable"] } satisfies ActionResult, { status: 409 });
    if (error instanceof BidTransitionError) return Response.json({ bidId, formErrors: ["bid.errors.notAllowed"] } satisfies ActionResult, { status: 409 });
    throw error;
  }
  return Response.json({ bidId, formErrors: ["bid.errors.notAllowed"] } satisfies ActionResult, { status: 400 });
}

export default function ScenarioBidsPage() {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const { scenario, isOwner, canInvite, bids } = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const confirming = bids.find((bid) => bid.id === searchParams.get("confirm") && bid.actions.includes("award"));
  const langOf = useContentLang();
  const busy = (bidId: string, intent: string) => navigation.state === "submitting" && navigation.formData?.get("bidId") === bidId && navigation.formData?.get("intent") === intent;
  return (
    <section aria-labelledby="scenario-bids-title" className="space-y-5">
      <Link to={`/workspace/scenarios/${scenario.id}`} className="text-sm text-brand-700 underline">← {t("bid.owner.back")}</Link>
      <h1 id="scenario-bids-title" className="text-2xl font-semibold"><MixedText text={t("bid.owner.title", { scenario: scenario.title })} /></h1>
      <p className="text-slate-700">{scenario.allowMultipleWinners ? t("bid.owner.multipleWinners") : t("bid.owner.singleWinner")}</p>
      {canInvite ? (
        <p>
          <Link to={`/workspace/scenarios/${scenario.id}/invite`} className="text-brand-700 underline">{t("bid.owner.invite")}</Link>
        </p>
      ) : null}
      {result?.formErrors ? <FormErrors id="bid-action-errors" errors={result.formErrors} /> : null}

      {confirming ? (
        <div role="region" aria-labelledby="confirm-award-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h2 id="confirm-award-title" className="text-lg font-semibold">{t("bid.owner.confirmTitle")}</h2>
          <p><MixedText text={t("bid.owner.confirmText", { firm: confirming.org.name, price: formatWan(confirming.quotedPrice, i18n.language) })} /></p>
          <Form method="post" action={`/workspace/scenarios/${scenario.id}/bids`} className="flex flex-wrap gap-3">
            <input type="hidden" name="intent" value="award" />
            <input type="hidden" name="bidId" value={confirming.id} />
            <Button type="submit" pending={busy(confirming.id, "award")}>{t("bid.owner.confirmButton")}</Button>
            <Link to={`/workspace/scenarios/${scenario.id}/bids`} className="inline-flex items-center px-4 py-2 text-sm text-brand-700 underline">{t("bid.owner.cancel")}</Link>
          </Form>
        </div>
      ) : null}

      {bids.length === 0 ? (
        <Alert tone="info">{t("bid.owner.empty")}</Alert>
      ) : (
        <TableScroller label={t("bid.owner.caption")}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("bid.owner.caption")}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="p-3">{t("bid.owner.firm")}</th>
                <th scope="col" className="p-3">{t("bid.owner.tier")}</th>
                <th scope="col" className="p-3">{t("bid.owner.solution")}</th>
                <th scope="col" className="p-3">{t("bid.owner.firstUnit")}</th>
                <th scope="col" className="p-3">{t("bid.owner.price")}</th>
                <th scope="col" className="p-3">{t("bid.owner.delivery")}</th>
                <th scope="col" className="p-3">{t("bid.owner.attachments")}</th>
                <th scope="col" className="p-3">{t("bid.owner.status")}</th>
                <th scope="col" className="p-3">{t("bid.owner.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {bids.map((bid) => (
                <tr key={bid.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="p-3 font-normal">
                    <span lang={langOf(bid.org.name)} className="font-medium">{bid.org.name}</span>
                    <p className="text-xs text-slate-600">{formatDate(bid.createdAt, true)}</p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-700 underline">{t("bid.owner.proposal")}</summary>
                      <p lang={langOf(bid.proposal)} className="mt-1 max-w-md whitespace-pre-wrap break-words">{bid.proposal}</p>
                    </details>
                  </th>
                  <td className="p-3">{bid.org.tier ? t(`tier.${bid.org.tier}`) : "—"}</td>
                  <td className="p-3">{bid.solution ? <Link to={`/solutions/${bid.solution.id}`} className="text-brand-700 underline"><ContentText text={bid.solution.title} /></Link> : "—"}</td>
                  <td className="p-3"><BidFirstUnitLabel type={bid.solution?.firstUnitType} status={bid.solution?.firstUnitStatus} /></td>
                  <td className="p-3">{formatWan(bid.quotedPrice, i18n.language)}</td>
                  <td className="p-3">{bid.deliveryDays}</td>
                  <td className="p-3"><AttachmentList items={bid.attachments} /></td>
                  <td className="p-3">
                    <BidStatusBadge status={bid.status} />
                    {bid.decisionNote ? <p className="mt-1 max-w-xs break-words text-slate-700"><MixedText text={translateMessage(t, bid.decisionNote)} /></p> : null}
                  </td>
                  <td className="space-y-2 p-3">
                    {bid.status === "AWARDED" && isOwner ? (
                      <Link to={`/workspace/cases/new?bid=${bid.id}`} className="text-brand-700 underline">{t("bid.owner.draftCase")}</Link>
                    ) : bid.actions.length === 0 ? (
                      t("bid.owner.noActions")
                    ) : null}
                    {bid.actions.includes("shortlist") ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="shortlist" />
                        <input type="hidden" name="bidId" value={bid.id} />
                        <Button type="submit" variant="secondary" pending={busy(bid.id, "shortlist")} aria-label={`${t("bid.action.shortlist")}: ${bid.org.name}`}>{t("bid.action.shortlist")}</Button>
                      </Form>
                    ) : null}
                    {bid.actions.includes("award") ? (
                      <Link to={`?confirm=${bid.id}`} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800" aria-label={`${t("bid.action.award")}: ${bid.org.name}`}>
                        {t("bid.action.award")}
                      </Link>
                    ) : null}
                    {bid.actions.includes("reject") ? (
                      <Form method="post" className="space-y-1">
                        <input type="hidden" name="intent" value="reject" />
                        <input type="hidden" name="bidId" value={bid.id} />
                        <label htmlFor={`reason-${bid.id}`} className="block text-xs font-medium text-slate-800">{t("bid.owner.rejectReason")}</label>
                        <textarea
                          id={`reason-${bid.id}`}
                          name="reason"
                          rows={2}
                          maxLength={500}
                          required
                          defaultValue={result?.bidId === bid.id ? result.reason : undefined}
                          aria-invalid={result?.bidId === bid.id && result.reasonErrors ? true : undefined}
                          aria-describedby={result?.bidId === bid.id && result.reasonErrors ? `reason-${bid.id}-error` : undefined}
                          className={controlClass}
                        />
                        {result?.bidId === bid.id ? <ErrorList id={`reason-${bid.id}-error`} errors={result.reasonErrors} /> : null}
                        <Button type="submit" variant="danger" pending={busy(bid.id, "reject")} aria-label={`${t("bid.action.reject")}: ${bid.org.name}`}>{t("bid.action.reject")}</Button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
