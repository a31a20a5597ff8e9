// The SOE's cases: drafts, those under review and published ones.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "~/components/use-format-date";
import { ContentText, MixedText } from "~/components/content-text";
import { CaseStatusBadge } from "~/components/case-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { PagedList } from "~/components/ui/pagination";
import { activeMembership, requireUser } from "~/modules/auth/permissions.server";
import { listCasesOfOrg } from "~/modules/cases/cases.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("caseStudy.workspace.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const membership = activeMembership(user);
  if (!membership || membership.org.kind !== "SOE") return { cases: null, page: 1 };
  const page = pageFromRequest(request);
  return { cases: await listCasesOfOrg(user.id, membership.orgId, page), page };
}

export default function WorkspaceCasesPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { cases, page } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="cases-title" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="cases-title" className="text-2xl font-semibold">{t("caseStudy.workspace.title")}</h1>
        {cases ? <Link to="/workspace/cases/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t("caseStudy.workspace.new")}</Link> : null}
      </div>
      {!cases ? (
        <Alert tone="info">{t("caseStudy.workspace.needSoe")}</Alert>
      ) : (
        <PagedList page={page} pageCount={cases.pageCount} total={cases.total} items={cases.items} empty={<p className="text-slate-700">{t("caseStudy.workspace.empty")}</p>}>
          <TableScroller label={t("caseStudy.workspace.caption")}>
            <table className="w-full rounded-lg bg-white text-left text-sm shadow">
              <caption className="sr-only">{t("caseStudy.workspace.caption")}</caption>
              <thead className="border-b border-slate-200">
                <tr>
                  <th scope="col" className="p-3">{t("caseStudy.fields.title")}</th>
                  <th scope="col" className="p-3">{t("caseStudy.workspace.scenario")}</th>
                  <th scope="col" className="p-3">{t("caseStudy.workspace.firm")}</th>
                  <th scope="col" className="p-3">{t("caseStudy.workspace.status")}</th>
                  <th scope="col" className="p-3">{t("caseStudy.workspace.updatedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {cases.items.map((item) => (
                  <tr key={item.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="p-3 font-normal">
                      <Link to={`/workspace/cases/${item.id}`} className="text-brand-700 underline"><ContentText text={item.title} /></Link>
                    </th>
                    <td className="p-3"><ContentText text={item.scenario.title} /></td>
                    <td className="p-3"><ContentText text={item.bid.org.name} /></td>
                    <td className="p-3">
                      <CaseStatusBadge status={item.status} />
                      {item.status === "DRAFT" && item.reviewNote ? <p className="mt-1 text-slate-700"><MixedText text={t("caseStudy.workspace.reason", { reason: item.reviewNote })} /></p> : null}
                    </td>
                    <td className="p-3">{formatDate(item.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </PagedList>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
