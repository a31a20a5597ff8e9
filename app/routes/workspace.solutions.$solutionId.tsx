import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText } from "~/components/content-text";
import { FirstUnitBadge } from "~/components/first-unit-badge";
import { SolutionScenarioRecommendations } from "~/components/recommendations";
import { SolutionForm } from "~/components/solution-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form";
import { notFound } from "~/modules/auth/permissions.server";
import { solutionScenariosPanel } from "~/modules/matching/recommendation-panels.server";
import { requireSolutionMember } from "~/modules/solutions/solution-access.server";
import { allowedSolutionActions, canEditSolution, TransitionError } from "~/modules/solutions/solution-transitions";
import { solutionSchema, solutionStatusActionSchema } from "~/modules/solutions/solutions.schema";
import { changeSolutionStatus, getFirmSolution, listActiveCategories, UnknownCategoryError, updateSolution } from "~/modules/solutions/solutions.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.solution.title);

/** How many open scenarios the solution's page recommends. */
const RECOMMENDED_SCENARIOS_ON_PAGE = 5;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const solutionId = params.solutionId ?? "";
  const { firm } = await requireSolutionMember(request, solutionId);
  const [solution, categories] = await Promise.all([getFirmSolution(firm.orgId, solutionId), listActiveCategories()]);
  if (!solution) throw notFound();
  const recommendedScenarios = await solutionScenariosPanel(solution, firm.orgId, RECOMMENDED_SCENARIOS_ON_PAGE, context.requestId);
  return {
    recommendedScenarios,
    verified: firm.verifiedTechFirm,
    categories,
    actions: allowedSolutionActions(solution.status, firm),
    editable: canEditSolution(solution.status),
    solution: { ...solution, createdAt: solution.createdAt.toISOString(), updatedAt: solution.updatedAt.toISOString(), publishedAt: solution.publishedAt?.toISOString() ?? null },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const solutionId = params.solutionId ?? "";
  const { user, firm } = await requireSolutionMember(request, solutionId);
  const actor = { id: user.id, requestId: context.requestId };
  const formData = await readForm(request);
  if (formData.has("intent")) {
    const submission = parseWithZod(formData, { schema: solutionStatusActionSchema });
    if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
    try {
      const result = await changeSolutionStatus(actor, firm, solutionId, submission.value.intent);
      if (!result) throw notFound();
    } catch (error) {
      if (error instanceof TransitionError) {
        const message = error.code === "wrong-actor" ? msg("solution.needVerifiedFirm") : msg("solution.changedMeanwhile");
        return Response.json(submission.reply({ formErrors: [message] }), { status: error.code === "wrong-actor" ? 403 : 409 });
      }
      throw error;
    }
    return redirectWithFlash(`/workspace/solutions/${solutionId}`, `solution.flash.${submission.value.intent}`);
  }
  const submission = parseWithZod(formData, { schema: solutionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    const result = await updateSolution(actor, firm, solutionId, submission.value);
    if (!result) throw notFound();
  } catch (error) {
    if (error instanceof UnknownCategoryError) {
      return Response.json(submission.reply({ fieldErrors: { categoryId: [msg("solution.validation.unknownCategory")] } }), { status: 400 });
    }
    if (error instanceof TransitionError) {
      const message = error.code === "wrong-actor" ? msg("solution.needVerifiedFirm") : msg("solution.changedMeanwhile");
      return Response.json(submission.reply({ formErrors: [message] }), { status: error.code === "wrong-actor" ? 403 : 409 });
    }
    throw error;
  }
  return redirectWithFlash(`/workspace/solutions/${solutionId}`, "solution.flash.saved");
}

export default function ManageSolutionPage() {
  const { t } = useTranslation();
  const { solution, categories, actions, editable, verified, recommendedScenarios } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const statusReply = lastResult && "initialValue" in lastResult && lastResult.initialValue && "intent" in lastResult.initialValue ? lastResult : null;
  const formReply = statusReply ? null : lastResult;
  return (
    <section aria-labelledby="manage-solution-title" className="space-y-5">
      <Link to="/workspace/solutions" className="text-sm text-brand-700 underline">← {t("solution.workspaceTitle")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="manage-solution-title" className="text-2xl font-semibold"><MixedText text={t("solution.editTitle", { title: solution.title })} /></h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-900">{t(`solution.status.${solution.status}`)}</span>
        <FirstUnitBadge type={solution.firstUnitType} status={solution.firstUnitStatus} linkToChecklist />
      </div>
      {solution.hidden ? <Alert tone="error"><MixedText text={t("solution.hiddenBanner", { reason: solution.hiddenReason ?? "—" })} /></Alert> : null}
      {!verified ? <Alert tone="warning">{t("solution.unverifiedNotice")}</Alert> : null}
      <div className="space-y-3 rounded-lg bg-white p-5 shadow">
        <h2 className="text-lg font-semibold">{t("solution.statusActionsTitle")}</h2>
        <FormErrors id="status-errors" errors={statusReply?.error?.[""] ?? null} />
        <div className="flex flex-wrap items-center gap-3">
          {actions.map((intent) => (
            <Form key={intent} method="post">
              <input type="hidden" name="intent" value={intent} />
              <Button type="submit" variant={intent === "publish" ? "primary" : "secondary"} disabled={navigation.state === "submitting"}>
                {t(`solution.action.${intent}`)}
              </Button>
            </Form>
          ))}
          <Link to={`/solutions/${solution.id}`} className="text-sm text-brand-700 underline">{t("solution.view")}</Link>
        </div>
      </div>
      {recommendedScenarios ? <SolutionScenarioRecommendations panel={recommendedScenarios} draft={solution.status === "DRAFT"} verified={verified} /> : null}
      {solution.status === "PUBLISHED" && !solution.hidden && verified ? <Alert tone="info">{t("solution.publishedEditNotice")}</Alert> : null}
      {editable ? (
        <SolutionForm lastResult={formReply} defaultValue={solution} categories={categories} submitLabel={t("form.save")} />
      ) : (
        <Alert tone="info">{t("solution.archivedNotice")}</Alert>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
