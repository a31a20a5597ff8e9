import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ContentList, ContentText, MixedText, useContentLang } from "~/components/content-text";
import { BackToListLink } from "~/components/back-to-list";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FirstUnitBadge } from "~/components/first-unit-badge";
import { ReportButton } from "~/components/report-button";
import { SolutionMeta, usePriceRangeText } from "~/components/solution-meta";
import { Alert } from "~/components/ui/alert";
import { getOptionalUser, isReviewer, notFound } from "~/modules/auth/permissions.server";
import { firmQualificationsOf } from "~/modules/orgs/districts";
import { maturityStage } from "~/modules/solutions/solutions.schema";
import { getSolutionForViewer } from "~/modules/solutions/solutions.server";
import { pageTitle } from "~/utils/meta";
import { backToListHref } from "~/utils/request.server";
import { formatWan } from "~/utils/money";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.solution.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const found = await getSolutionForViewer(params.solutionId ?? "", {
    memberOrgIds: user?.memberships.map((m) => m.orgId) ?? [],
    reviewer: isReviewer(user),
  });
  if (!found) throw notFound();
  const { solution, isPublic, isOwner } = found;
  return {
    isPublic,
    isOwner,
    // Back to the search the reader came from, if they did (its words, filters and page).
    backToList: backToListHref(request, "/solutions"),
    solution: {
      ...solution,
      publishedAt: solution.publishedAt?.toISOString() ?? null,
      createdAt: solution.createdAt.toISOString(),
      updatedAt: solution.updatedAt.toISOString(),
      // The moderator's reason is for the firm and reviewers, who are the only ones who can see a hidden record.
      hiddenReason: solution.hidden ? solution.hiddenReason : null,
    },
  };
}

export default function SolutionDetailPage() {
  const { t, i18n } = useTranslation();
  const { solution, isPublic, isOwner, backToList } = useLoaderData<typeof loader>();
  const priceRange = usePriceRangeText();
  const langOf = useContentLang();
  const rows: [string, ReactNode][] = [
    [t("solution.field.category"), i18n.language === "en" ? solution.category.nameEn : solution.category.nameZh],
    [t("solution.field.maturity"), t("solution.field.trlValue", { trl: solution.trl, stage: t(`solution.maturityStage.${maturityStage(solution.trl)}`) })],
    [t("solution.field.price"), priceRange(solution.priceMin, solution.priceMax)],
    [t("solution.field.org"), <ContentText key="org" text={solution.org.name} />],
  ];
  if (solution.org.tier) rows.push([t("solution.field.tier"), t(`tier.${solution.org.tier}`)]);
  const qualifications = firmQualificationsOf(solution.org.flags);
  if (qualifications.length) rows.push([t("solution.field.qualifications"), qualifications.map((flag) => t(`orgFlag.${flag}`)).join(t("listSeparator"))]);
  if (solution.tags.length) rows.push([t("solution.field.tags"), <ContentList key="tags" items={solution.tags} />]);
  if (solution.industryChain.length) rows.push([t("solution.field.industryChain"), <ContentList key="chain" items={solution.industryChain} />]);
  if (solution.seekingInvestment && solution.investmentStage) {
    rows.push([
      t("solution.field.investment"),
      t("solution.field.investmentValue", { stage: t(`solution.investmentStage.${solution.investmentStage}`, { defaultValue: solution.investmentStage }), amount: formatWan(solution.investmentAmount ?? 0, i18n.language) }),
    ]);
  }
  if (solution.firstUnitType && solution.firstUnitStatus !== "NONE") {
    const type = t(`solution.firstUnit.type.${solution.firstUnitType}`);
    const status = t(`solution.firstUnit.status.${solution.firstUnitStatus}`);
    rows.push([
      t("solution.field.firstUnit"),
      solution.firstUnitStatus === "RECOGNISED"
        ? <MixedText key="firstUnit" text={t("solution.field.firstUnitRecord", { type, status, certificate: solution.firstUnitCertificate ?? "—", year: solution.firstUnitYear ?? "—" })} />
        : t("solution.firstUnit.badge", { type, status }),
    ]);
  }
  return (
    <article aria-labelledby="solution-title" className="space-y-5">
      <BackToListLink listPath="/solutions" fromServer={backToList}>{t("solution.backToList")}</BackToListLink>
      {!isPublic ? (
        <Alert tone="warning">
          {solution.hidden
            ? <MixedText text={t("solution.hiddenBanner", { reason: solution.hiddenReason ?? "—" })} />
            : solution.status === "PUBLISHED"
              ? t("solution.firmNotVerifiedBanner") // the one other reason a published solution is not public
              : t("solution.notPublicBanner", { status: t(`solution.status.${solution.status}`) })}
        </Alert>
      ) : null}
      <div className="space-y-2">
        <h1 id="solution-title" lang={langOf(solution.title)} className="text-2xl font-semibold">{solution.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <FirstUnitBadge type={solution.firstUnitType} status={solution.firstUnitStatus} linkToChecklist />
        </div>
        <p lang={langOf(solution.summary)} className="text-lg text-slate-800">{solution.summary}</p>
        <SolutionMeta solution={solution} showFirstUnit={false} />
      </div>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="description-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="description-title" className="text-lg font-semibold">{t("solution.field.description")}</h2>
        <p lang={langOf(solution.description)} className="mt-2 whitespace-pre-wrap break-words">{solution.description}</p>
        {solution.references ? (
          <>
            <h2 className="mt-4 text-lg font-semibold">{t("solution.field.references")}</h2>
            <p lang={langOf(solution.references)} className="mt-2 whitespace-pre-wrap break-words">{solution.references}</p>
          </>
        ) : null}
      </section>
      <div className="flex flex-wrap items-start gap-4">
        {isOwner ? <Link to={`/workspace/solutions/${solution.id}`} className="text-brand-700 underline">{t("solution.manage")}</Link> : null}
        {isPublic && !isOwner ? <ReportButton entityType="SOLUTION" entityId={solution.id} /> : null}
      </div>
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
