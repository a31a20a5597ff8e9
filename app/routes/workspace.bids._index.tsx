// The firm's bids (with withdraw, after a confirmation step that works without JavaScript: the withdraw
// link opens it as ?withdraw=<bid id>) and the invitations to bid it received.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BidStatusBadge } from "~/components/bid-status";
import { ContentText, MixedText } from "~/components/content-text";
import { useFormatDate } from "~/components/use-format-date";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { PagedList } from "~/components/ui/pagination";
import { activeMembership, isReviewer, notFound, requireUser } from "~/modules/auth/permissions.server";
import { BidTransitionError } from "~/modules/bids/bid-transitions";
import { BidNotFoundError, listBidsOfOrg, listInvitationsOfOrg, withdrawBid } from "~/modules/bids/bids.server";
import { bidFormPath, invitationPath } from "~/modules/bids/invite-source";
import { translateMessage } from "~/utils/i18n";
import { pageFromRequest, readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";
import { formatWan } from "~/utils/money";

export const meta: MetaFunction = titleMeta("bid.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const membership = activeMembership(user);
  if (!membership || membership.org.kind !== "TECH_FIRM") return { org: null, bids: null, invitations: [] };
  const page = pageFromRequest(request);
  const [bids, invitations] = await Promise.all([
    listBidsOfOrg(membership.orgId, { id: user.id, reviewer: isReviewer(user) }, page),
    listInvitationsOfOrg(membership.orgId),
  ]);
  return { org: { name: membership.org.name }, bids: { ...bids, page }, invitations };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  if (formData.get("intent") !== "withdraw") throw notFound();
  try {
    await withdrawBid({ id: user.id, requestId: context.requestId }, String(formData.get("bidId") ?? ""));
  } catch (error) {
    if (error instanceof BidNotFoundError) throw notFound();
    if (error instanceof BidTransitionError) return Response.json({ error: "bid.errors.notAllowed" }, { status: 409 });
    throw error;
  }
  // Back to the page of the list the bid was on (the confirmation posts from its URL).
  const page = pageFromRequest(request);
  return redirectWithFlash(page > 1 ? `/workspace/bids?page=${page}` : "/workspace/bids", "bid.flash.withdrawn");
}

export default function MyBidsPage() {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const { org, bids, invitations } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const actionData = useActionData<{ error?: string }>();
  const withdrawing = navigation.state === "submitting" ? navigation.formData?.get("bidId") : null;
  const [searchParams] = useSearchParams();
  const withdrawable = (status: string) => status === "SUBMITTED" || status === "SHORTLISTED";
  const confirming = bids?.items.find((bid) => bid.id === searchParams.get("withdraw") && withdrawable(bid.status));
  // Back to the same page of the list, without the confirmation.
  const listHref = (() => {
    const params = new URLSearchParams(searchParams);
    params.delete("withdraw");
    const query = params.toString();
    return query ? `/workspace/bids?${query}` : "/workspace/bids";
  })();
  // The confirmation replaces a modal dialog: focus goes to it, so keyboard and screen-reader users land on it.
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const withdrawHref = (bidId: string) => {
    const params = new URLSearchParams(searchParams);
    params.set("withdraw", bidId);
    return `/workspace/bids?${params.toString()}`;
  };
  return (
    <section aria-labelledby="my-bids-title" className="space-y-6">
      <h1 id="my-bids-title" className="text-2xl font-semibold">{t("bid.mine.title")}{org ? <> · <ContentText text={org.name} /></> : ""}</h1>
      {actionData?.error ? <Alert tone="error">{translateMessage(t, actionData.error)}</Alert> : null}
      {confirming ? (
        <div role="region" aria-labelledby="confirm-withdraw-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h2 id="confirm-withdraw-title" ref={confirmHeading} tabIndex={-1} className="text-lg font-semibold">{t("bid.mine.withdrawTitle")}</h2>
          <p><MixedText text={t("bid.mine.withdrawText", { scenario: confirming.scenario.title, price: formatWan(confirming.quotedPrice, i18n.language) })} /></p>
          <p>{t("bid.mine.withdrawConfirm")}</p>
          <Form method="post" className="flex flex-wrap gap-3">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="bidId" value={confirming.id} />
            <Button type="submit" variant="danger" pending={withdrawing === confirming.id}>{t("bid.mine.withdrawButton")}</Button>
            <Link to={listHref} className="inline-flex items-center px-4 py-2 text-sm text-brand-700 underline">{t("bid.mine.cancel")}</Link>
          </Form>
        </div>
      ) : null}
      {!bids ? (
        <Alert tone="info">{t("bid.mine.needFirm")}</Alert>
      ) : (
        <>
          <PagedList
            page={bids.page}
            pageCount={bids.pageCount}
            total={bids.total}
            items={bids.items}
            empty={
              <p className="text-slate-700">
                {t("bid.mine.empty")} <Link to="/scenarios" className="text-brand-700 underline">{t("bid.mine.browse")}</Link>
              </p>
            }
          >
            <TableScroller label={t("bid.mine.caption")}>
              <table className="w-full rounded-lg bg-white text-left text-sm shadow">
                <caption className="sr-only">{t("bid.mine.caption")}</caption>
                <thead className="border-b border-slate-200">
                  <tr>
                    <th scope="col" className="p-3">{t("bid.mine.scenario")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.owner")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.price")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.delivery")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.status")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.submittedAt")}</th>
                    <th scope="col" className="p-3">{t("bid.mine.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {bids.items.map((bid) => (
                    <tr key={bid.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="p-3 font-normal">
                        <Link to={`/scenarios/${bid.scenario.id}`} className="text-brand-700 underline"><ContentText text={bid.scenario.title} /></Link>
                      </th>
                      <td className="p-3"><ContentText text={bid.scenario.org.name} /></td>
                      <td className="p-3">{formatWan(bid.quotedPrice, i18n.language)}</td>
                      <td className="p-3">{bid.deliveryDays}</td>
                      <td className="p-3">
                        <BidStatusBadge status={bid.status} />
                        {bid.decisionNote ? <p className="mt-1 text-slate-700"><MixedText text={t("bid.mine.reason", { reason: translateMessage(t, bid.decisionNote) })} /></p> : null}
                      </td>
                      <td className="p-3">{formatDate(bid.createdAt)}</td>
                      <td className="p-3">
                        {withdrawable(bid.status) ? (
                          <Link
                            to={withdrawHref(bid.id)}
                            className="inline-flex items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50"
                            aria-label={`${t("bid.action.withdraw")}: ${bid.scenario.title}`}
                          >
                            {t("bid.action.withdraw")}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          </PagedList>

          <div className="space-y-3">
            <h2 className="text-lg font-semibold">{t("bid.invitations.title")}</h2>
            {invitations.length === 0 ? (
              <p className="text-slate-700">{t("bid.invitations.empty")}</p>
            ) : (
              <TableScroller label={t("bid.invitations.caption")}>
                <table className="w-full rounded-lg bg-white text-left text-sm shadow">
                  <caption className="sr-only">{t("bid.invitations.caption")}</caption>
                  <thead className="border-b border-slate-200">
                    <tr>
                      <th scope="col" className="p-3">{t("bid.invitations.scenario")}</th>
                      <th scope="col" className="p-3">{t("bid.mine.owner")}</th>
                      <th scope="col" className="p-3">{t("bid.invitations.solution")}</th>
                      <th scope="col" className="p-3">{t("bid.invitations.message")}</th>
                      <th scope="col" className="p-3">{t("bid.mine.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((invitation) => (
                      <tr key={invitation.id} className="border-b border-slate-100 align-top">
                        <th scope="row" className="p-3 font-normal"><Link to={invitationPath(invitation.id)} className="text-brand-700 underline"><ContentText text={invitation.scenario.title} /></Link></th>
                        <td className="p-3"><ContentText text={invitation.scenario.org.name} /></td>
                        <td className="p-3"><ContentText text={invitation.solution.title} /></td>
                        <td className="whitespace-pre-wrap break-words p-3">{invitation.message ? <ContentText text={invitation.message} /> : "—"}</td>
                        <td className="p-3">
                          {invitation.alreadyBid ? (
                            t("bid.invitations.alreadyBid")
                          ) : invitation.open ? (
                            <Link to={bidFormPath(invitation.scenario.id, invitation.solution.id)} className="text-brand-700 underline">{t("bid.invitations.bidNow")}</Link>
                          ) : invitation.suspended ? (
                            t("bid.invitations.suspended")
                          ) : (
                            t("bid.invitations.closed")
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            )}
          </div>
        </>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
