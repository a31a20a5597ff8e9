import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentList } from "~/components/attachments";
import { ContentList, ContentText, MixedText, useContentLang } from "~/components/content-text";
import { BackToListLink } from "~/components/back-to-list";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BudgetRange, DeadlineText, ScenarioStatusBadge } from "~/components/scenario-badges";
import { useFormatDate } from "~/components/use-format-date";
import { Alert } from "~/components/ui/alert";
import { listAttachments } from "~/modules/attachments/attachments.server";
import { ReportButton } from "~/components/report-button";
import { activeMembership, getOptionalUser, isReviewer, notFound } from "~/modules/auth/permissions.server";
import { batchLabel, daysUntil, isOpenForBids, isPublicScenario, NOT_YET_PUBLISHED_SCENARIO_STATUSES } from "~/modules/scenarios/scenario-transitions";
import { getScenarioDetail, recognisedFirstUnitBidders } from "~/modules/scenarios/scenarios.server";
import { bidBlocker, type BidBlocker } from "~/modules/bids/bids.server";
import { pageTitle } from "~/utils/meta";
import { backToListHref } from "~/utils/request.server";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.scenario.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const scenarioId = params.scenarioId ?? "";
  const detail = await getScenarioDetail(scenarioId, {
    orgIds: user?.memberships.map((m) => m.orgId) ?? [],
    reviewer: isReviewer(user),
    inVerifiedOrg: !!user?.memberships.some((m) => m.org.verificationStatus === "VERIFIED"),
  });
  if (!detail) throw notFound();
  const { scenario, contact, mayReadConfidential, mayReadBidders } = detail;
  const now = new Date();
  const active = user ? activeMembership(user) : null;
  const open = isOpenForBids(scenario, now);
  const [attachments, firstUnitBidders, blocker] = await Promise.all([
    listAttachments("SCENARIO", scenario.id, { includeConfidential: mayReadConfidential }),
    mayReadBidders ? recognisedFirstUnitBidders(scenario.id) : null,
    // The bid page's own rule: the button is offered to exactly those whom the bid page would take a bid from.
    bidBlocker(user?.id ?? null, active?.org ?? null, scenario, now),
  ]);
  const canBid = open && blocker === null;
  return {
    scenario: { ...scenario, orgId: undefined },
    contact,
    attachments,
    firstUnitBidders,
    mayReadConfidential,
    isPublic: isPublicScenario(scenario),
    open,
    daysLeft: daysUntil(scenario.deadline, now),
    notYetPublished: NOT_YET_PUBLISHED_SCENARIO_STATUSES.includes(scenario.status),
    // Back to the search the reader came from, if they did (its words, filters and page).
    backToList: backToListHref(request, "/scenarios"),
    canBid,
    bidHint: open ? bidHint(blocker, scenario.mode) : null,
    // Anyone outside the publishing organisation may report a public scenario to the reviewers.
    canReport: !user?.memberships.some((m) => m.orgId === scenario.orgId),
  };
}

/**
 * Why someone cannot bid on an open scenario: the firm has bid already, or withdrew its bid (one bid per scenario and
 * firm); it is by invitation only; or they must bid as a verified firm.
 */
function bidHint(blocker: BidBlocker | null, mode: string) {
  if (blocker === null) return null;
  if (blocker === "alreadyBid" || blocker === "withdrawn") return blocker;
  return mode === "INVITATION" ? ("invitationOnly" as const) : ("verify" as const);
}

export default function ScenarioDetailPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const { scenario, contact } = data;
  const formatDate = useFormatDate();
  const langOf = useContentLang();
  const categoryName = i18n.language === "en" ? scenario.category.nameEn : scenario.category.nameZh;
  const facts: [string, React.ReactNode][] = [
    [t("scenario.field.organization"), <ContentText key="org" text={scenario.org.name} />],
    [t("scenario.field.category"), categoryName],
    [t("scenario.field.district"), t(`districts.${scenario.district}`)],
    [t("scenario.field.mode"), t(`scenario.mode.${scenario.mode}`)],
    [t("scenario.field.budget"), <BudgetRange key="budget" min={scenario.budgetMin} max={scenario.budgetMax} />],
    [t("scenario.field.deadline"), <DeadlineText key="deadline" deadline={scenario.deadline} daysLeft={data.daysLeft} open={data.open} notYetPublished={data.notYetPublished} labelled={false} />],
    [t("scenario.field.batch"), scenario.batch ? <ContentText key="batch" text={batchLabel(scenario.batch, i18n.language)} /> : t("scenario.detail.none")],
    [t("scenario.field.publishedAt"), scenario.publishedAt ? formatDate(scenario.publishedAt) : t("scenario.detail.none")],
    [t("scenario.field.expectedFirstUnitTypes"), scenario.expectedFirstUnitTypes.length ? scenario.expectedFirstUnitTypes.map((type) => t(`scenario.firstUnit.${type}`)).join(t("listSeparator")) : t("scenario.detail.none")],
    [t("scenario.field.industryChain"), scenario.industryChain.length ? <ContentList key="chain" items={scenario.industryChain} /> : t("scenario.detail.none")],
    [t("scenario.field.tags"), scenario.tags.length ? <ContentList key="tags" items={scenario.tags} /> : t("scenario.detail.none")],
    [t("scenario.field.allowMultipleWinners"), scenario.allowMultipleWinners ? t("scenario.detail.multipleWinners") : t("scenario.detail.singleWinner")],
  ];
  return (
    <article aria-labelledby="scenario-title" className="space-y-5">
      <BackToListLink listPath="/scenarios" fromServer={data.backToList}>{t("scenario.detail.backToList")}</BackToListLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="scenario-title" lang={langOf(scenario.title)} className="break-words text-2xl font-semibold">{scenario.title}</h1>
        <ScenarioStatusBadge status={scenario.status} />
      </div>
      {!data.isPublic ? <Alert tone="warning">{scenario.hidden ? <MixedText text={t("scenario.detail.hiddenNotice", { reason: scenario.hiddenReason ?? "" })} /> : t("scenario.detail.notPublicNotice", { status: t(`scenario.status.${scenario.status}`) })}</Alert> : null}
      <p lang={langOf(scenario.summary)} className="break-words text-lg text-slate-800">{scenario.summary}</p>
      {data.canBid ? (
        <Link to={`/scenarios/${scenario.id}/bid`} className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t("scenario.detail.bid")}</Link>
      ) : data.bidHint === "alreadyBid" || data.bidHint === "withdrawn" ? (
        <p className="text-sm text-slate-700">
          {t(`bid.blocker.${data.bidHint}`)}{" "}
          <Link to="/workspace/bids" className="font-medium underline">{t("bid.blocker.myBidsLink")}</Link>
        </p>
      ) : data.bidHint === "invitationOnly" ? (
        <p className="text-sm text-slate-700">{t("scenario.detail.bidHintInvitation")}</p>
      ) : data.bidHint === "verify" ? (
        <p className="text-sm text-slate-700">{t("scenario.detail.bidHintVerify")}</p>
      ) : null}
      <section aria-labelledby="facts-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="facts-title" className="mb-3 text-lg font-semibold">{t("scenario.detail.facts")}</h2>
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="description-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="description-title" className="mb-3 text-lg font-semibold">{t("scenario.detail.description")}</h2>
        <p lang={langOf(scenario.description)} className="whitespace-pre-wrap break-words">{scenario.description}</p>
      </section>
      <section aria-labelledby="contact-title" className="space-y-3 rounded-lg bg-white p-6 shadow">
        <h2 id="contact-title" className="text-lg font-semibold">{t("scenario.detail.contactSection")} · {t("scenario.field.attachmentsSection")}</h2>
        {contact ? (
          <dl className="grid gap-x-6 gap-y-2 md:grid-cols-3">
            <div><dt className="text-sm text-slate-600">{t("scenario.field.contactName")}</dt><dd lang={langOf(contact.contactName)}>{contact.contactName}</dd></div>
            <div><dt className="text-sm text-slate-600">{t("scenario.field.contactPhone")}</dt><dd>{contact.contactPhone}</dd></div>
            <div><dt className="text-sm text-slate-600">{t("scenario.field.contactEmail")}</dt><dd className="break-all">{contact.contactEmail}</dd></div>
          </dl>
        ) : (
          <Alert tone="info">{t("attachment.confidentialLocked")}</Alert>
        )}
        {/* Locked: the list would only say "no attachments", which the notice above leaves open. */}
        {contact || data.attachments.length > 0 ? <AttachmentList items={data.attachments} /> : null}
      </section>
      {/* Which bidders hold a recognised product of the expected types: nothing to say when none is expected. */}
      {data.firstUnitBidders && scenario.expectedFirstUnitTypes.length > 0 ? (
        <section aria-labelledby="first-unit-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="first-unit-title" className="mb-3 text-lg font-semibold">{t("scenario.detail.firstUnitBidders")}</h2>
          {data.firstUnitBidders.length === 0 ? (
            <p className="text-slate-700">{t("scenario.detail.firstUnitBiddersEmpty")}</p>
          ) : (
            <TableScroller label={t("scenario.detail.firstUnitBiddersCaption")}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("scenario.detail.firstUnitBiddersCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-4">{t("scenario.detail.bidderOrg")}</th>
                    <th scope="col" className="py-1 pr-4">{t("scenario.detail.solution")}</th>
                    <th scope="col" className="py-1 pr-4">{t("scenario.detail.firstUnitType")}</th>
                    <th scope="col" className="py-1 pr-4">{t("scenario.detail.certificate")}</th>
                    <th scope="col" className="py-1">{t("scenario.detail.year")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.firstUnitBidders.map((row) => (
                    <tr key={row.bidId} className="border-t border-slate-200">
                      <td lang={langOf(row.orgName)} className="py-1 pr-4">{row.orgName}</td>
                      <td className="py-1 pr-4"><Link to={`/solutions/${row.solutionId}`} className="text-brand-700 underline"><ContentText text={row.solutionTitle} /></Link></td>
                      <td className="py-1 pr-4">{row.type ? t(`scenario.firstUnit.${row.type}`) : t("scenario.detail.none")}</td>
                      <td className="py-1 pr-4">{row.certificate ? <ContentText text={row.certificate} /> : t("scenario.detail.none")}</td>
                      <td className="py-1">{row.year ?? t("scenario.detail.none")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          )}
        </section>
      ) : null}
      {data.isPublic && data.canReport ? <ReportButton entityType="SCENARIO" entityId={scenario.id} /> : null}
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
