// One published case. Drafts and cases under review answer 404 to everyone here.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "~/components/use-format-date";
import { CaseDetail } from "~/components/case-detail";
import { useContentLang } from "~/components/content-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ReportButton } from "~/components/report-button";
import { listAttachments } from "~/modules/attachments/attachments.server";
import { notFound } from "~/modules/auth/permissions.server";
import { publishedCase } from "~/modules/cases/cases.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.caseStudy.title);

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await publishedCase(params.caseId ?? "");
  if (!found) throw notFound();
  const photos = await listAttachments("CASE", found.id, { includeConfidential: false });
  return { caseStudy: found, photos };
}

export default function CasePage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const langOf = useContentLang();
  const { caseStudy, photos } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="case-title" className="space-y-5">
      <Link to="/cases" className="text-sm text-brand-700 underline">← {t("caseStudy.detail.back")}</Link>
      <h1 id="case-title" lang={langOf(caseStudy.title)} className="text-2xl font-semibold">{caseStudy.title}</h1>
      {caseStudy.publishedAt ? <p className="text-sm text-slate-600">{t("caseStudy.showcase.publishedAt", { date: formatDate(caseStudy.publishedAt) })}</p> : null}
      <CaseDetail data={caseStudy} photos={photos} linkScenario />
      <ReportButton entityType="CASE" entityId={caseStudy.id} />
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
