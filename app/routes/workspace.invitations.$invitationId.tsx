// One invitation to bid, as the invited firm reads it: who invited it, to which scenario, with which of its
// solutions and what message — and the way to bid. The invitation's notification and email lead here; anyone
// who is not a member of the invited firm is told the page does not exist.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ContentText, MixedText, useContentLang } from "~/components/content-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { useFormatDate } from "~/components/use-format-date";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { activeMembership, notFound, requireUser } from "~/modules/auth/permissions.server";
import { invitationForFirmMember } from "~/modules/bids/bids.server";
import { bidFormPath, invitationPath } from "~/modules/bids/invite-source";
import { translatedPageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "bid.invitation.title", data && { scenario: data.invitation.scenario.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const invitation = await invitationForFirmMember(user.id, params.invitationId ?? "");
  if (!invitation) throw notFound();
  const { scenario, solution } = invitation;
  return {
    invitation: {
      id: invitation.id,
      message: invitation.message,
      createdAt: invitation.createdAt.toISOString(),
      open: invitation.open,
      suspended: invitation.suspended,
      bid: invitation.bid,
      scenario: { id: scenario.id, title: scenario.title, owner: scenario.org.name, deadline: scenario.deadline.toISOString(), public: invitation.publicScenario },
      solution: { id: solution.id, title: solution.title, orgId: solution.orgId, firm: solution.org.name },
    },
    // The bid form bids as the active organisation: a member of several must first switch to the invited firm.
    actingForFirm: activeMembership(user)?.orgId === solution.orgId,
  };
}

export default function InvitationPage() {
  const { t } = useTranslation();
  const { invitation, actingForFirm } = useLoaderData<typeof loader>();
  const { scenario, solution } = invitation;
  const formatDate = useFormatDate();
  const langOf = useContentLang();
  const mayBid = invitation.open && !invitation.bid;
  return (
    <article aria-labelledby="invitation-title" className="space-y-5">
      <Link to="/workspace/bids" className="text-sm text-brand-700 underline">← {t("bid.invitation.back")}</Link>
      <h1 id="invitation-title" className="text-2xl font-semibold [overflow-wrap:anywhere]"><MixedText text={t("bid.invitation.title", { scenario: scenario.title })} /></h1>
      {/* [overflow-wrap:anywhere] below, not break-words: in a grid only it lets a long link or token wrap instead of
          widening the card past a phone's screen (a QA review: 2,529 px of page for a 300-character token). */}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("bid.mine.owner")}</dt>
          <dd className="[overflow-wrap:anywhere]"><ContentText text={scenario.owner} /></dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("bid.invitations.solution")}</dt>
          <dd className="[overflow-wrap:anywhere]"><Link to={`/solutions/${solution.id}`} className="text-brand-700 underline"><ContentText text={solution.title} /></Link></dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("bid.invitation.invitedAt")}</dt>
          <dd>{formatDate(invitation.createdAt)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("scenario.field.deadline")}</dt>
          <dd>{formatDate(scenario.deadline)}</dd>
        </div>
        <div className="md:col-span-2">
          <dt className="text-sm text-slate-600">{t("bid.invitations.message")}</dt>
          <dd lang={invitation.message ? langOf(invitation.message) : undefined} className="whitespace-pre-wrap [overflow-wrap:anywhere]">{invitation.message || "—"}</dd>
        </div>
      </dl>
      {invitation.bid === "active" ? (
        <p>{t("bid.invitations.alreadyBid")} <Link to="/workspace/bids" className="text-brand-700 underline">{t("bid.blocker.myBidsLink")}</Link></p>
      ) : invitation.bid === "withdrawn" ? (
        <p>{t("bid.invitation.withdrawn")}</p>
      ) : invitation.suspended ? (
        <Alert tone="info">{t("bid.invitation.suspended")}</Alert>
      ) : !invitation.open ? (
        <Alert tone="info">{t("bid.invitation.closed")}</Alert>
      ) : null}
      {mayBid && !actingForFirm ? (
        <Alert tone="warning">
          <p><MixedText text={t("bid.invitation.switchOrg", { firm: solution.firm })} /></p>
          <Form method="post" action="/orgs/switch" className="mt-2">
            <input type="hidden" name="orgId" value={solution.orgId} />
            <input type="hidden" name="redirectTo" value={invitationPath(invitation.id)} />
            <Button type="submit" variant="secondary"><MixedText text={t("bid.invitation.switchButton", { firm: solution.firm })} /></Button>
          </Form>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        {mayBid && actingForFirm ? (
          <Link to={bidFormPath(scenario.id, solution.id)} className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {t("bid.invitations.bidNow")}
          </Link>
        ) : null}
        {/* A scenario a reviewer has hidden, or its organisation archived, has no public page to show (it answers 404). */}
        {scenario.public ? <Link to={`/scenarios/${scenario.id}`} className="text-brand-700 underline">{t("bid.invitation.viewScenario")}</Link> : null}
      </div>
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
