// The scenario's organisation finds published solutions by title and invites their firms to bid.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BidFirstUnitLabel } from "~/components/bid-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ErrorList, FormErrors, controlClass } from "~/components/ui/form";
import { Pagination } from "~/components/ui/pagination";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { inviteSchema } from "~/modules/bids/bids.schema";
import { AlreadyInvitedError, BidNotAllowedError, BidNotFoundError, inviteSolution, ownScenario, searchInvitableSolutions, SolutionNotUsableError } from "~/modules/bids/bids.server";
import { isOpenForBids } from "~/modules/scenarios/scenario-transitions";
import { pageFromRequest, redirectWithFlash } from "~/utils/request.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scenario = await ownScenario(user.id, params.scenarioId ?? "");
  if (!scenario) throw notFound();
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const page = pageFromRequest(request);
  const solutions = await searchInvitableSolutions(scenario.id, scenario.orgId, query, page);
  return { scenario: { id: scenario.id, title: scenario.title }, open: isOpenForBids(scenario, new Date()), query, page, solutions };
}

type ActionResult = { solutionId: string; errors: string[]; message?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const scenarioId = params.scenarioId ?? "";
  if (!(await ownScenario(user.id, scenarioId))) throw notFound();
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: inviteSchema });
  const solutionId = String(formData.get("solutionId") ?? "").slice(0, 40);
  if (submission.status !== "success") {
    const errors = Object.values(submission.error ?? {}).flat().filter((e): e is string => typeof e === "string");
    return Response.json({ solutionId, errors, message: String(formData.get("message") ?? "").slice(0, 2000) } satisfies ActionResult, { status: 400 });
  }
  try {
    await inviteSolution({ id: user.id, requestId: context.requestId }, scenarioId, submission.value.solutionId, submission.value.message);
  } catch (error) {
    const keep = { solutionId, message: submission.value.message };
    if (error instanceof AlreadyInvitedError) return Response.json({ ...keep, errors: ["bid.errors.alreadyInvited"] } satisfies ActionResult, { status: 409 });
    if (error instanceof SolutionNotUsableError) return Response.json({ ...keep, errors: ["bid.errors.solutionNotUsable"] } satisfies ActionResult, { status: 400 });
    if (error instanceof BidNotAllowedError) return Response.json({ ...keep, errors: ["bid.errors.inviteClosed"] } satisfies ActionResult, { status: 409 });
    if (error instanceof BidNotFoundError) throw notFound();
    throw error;
  }
  return redirectWithFlash(`/workspace/scenarios/${scenarioId}/invite`, "bid.flash.invited");
}

export default function InvitePage() {
  const { t } = useTranslation();
  const { scenario, open, query, page, solutions } = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const navigation = useNavigation();
  const rowHasForm = (solution: { id: string; invited: boolean }) => open && !solution.invited;
  // Errors about a solution whose row shows no form (already invited, not on this page) go on top.
  const unmatchedError = result && !solutions.items.some((s) => s.id === result.solutionId && rowHasForm(s)) ? result.errors : null;
  return (
    <section aria-labelledby="invite-title" className="space-y-5">
      <Link to={`/workspace/scenarios/${scenario.id}/bids`} className="text-sm text-brand-700 underline">← {t("bid.invite.back")}</Link>
      <h1 id="invite-title" className="text-2xl font-semibold">{t("bid.invite.title", { scenario: scenario.title })}</h1>
      {!open ? <Alert tone="warning">{t("bid.invite.closed")}</Alert> : null}
      {unmatchedError ? <FormErrors id="invite-errors" errors={unmatchedError} /> : null}
      <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="grow space-y-1">
          <label htmlFor="invite-q" className="block text-sm font-medium text-slate-800">{t("bid.invite.search")}</label>
          <input id="invite-q" name="q" type="search" defaultValue={query} maxLength={100} className={controlClass} />
        </div>
        <Button type="submit" variant="secondary">{t("bid.invite.searchButton")}</Button>
      </Form>
      {solutions.items.length === 0 ? (
        <p className="text-slate-700">{t("bid.invite.empty")}</p>
      ) : (
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
                  <Link to={`/solutions/${solution.id}`} className="text-brand-700 underline">{solution.title}</Link>
                </th>
                <td className="p-3">{solution.org.name}</td>
                <td className="p-3"><BidFirstUnitLabel type={solution.firstUnitType} status={solution.firstUnitStatus} /></td>
                <td className="p-3">
                  {solution.invited ? (
                    t("bid.invite.invited")
                  ) : rowHasForm(solution) ? (
                    <Form method="post" className="space-y-1">
                      <input type="hidden" name="solutionId" value={solution.id} />
                      <label htmlFor={`message-${solution.id}`} className="block text-xs font-medium text-slate-800">{t("bid.invite.message")}</label>
                      <textarea id={`message-${solution.id}`} name="message" rows={2} maxLength={500} defaultValue={result?.solutionId === solution.id ? result.message : undefined} className={controlClass} />
                      {result?.solutionId === solution.id ? <ErrorList errors={result.errors} /> : null}
                      <Button
                        type="submit"
                        pending={navigation.state === "submitting" && navigation.formData?.get("solutionId") === solution.id}
                        aria-label={`${t("bid.invite.inviteButton")}: ${solution.title}`}
                      >
                        {t("bid.invite.inviteButton")}
                      </Button>
                    </Form>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={solutions.pageCount} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
