import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SolutionForm } from "~/components/solution-form";
import { Alert } from "~/components/ui/alert";
import { requireFirmWorkspace } from "~/modules/solutions/solution-access.server";
import { solutionSchema } from "~/modules/solutions/solutions.schema";
import { createSolution, listActiveCategories, UnknownCategoryError } from "~/modules/solutions/solutions.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("solution.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const { firm } = await requireFirmWorkspace(request);
  return { categories: await listActiveCategories(), verified: firm.verifiedTechFirm };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, firm } = await requireFirmWorkspace(request);
  const submission = parseWithZod(await readForm(request), { schema: solutionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    const solution = await createSolution({ id: user.id, requestId: context.requestId }, firm, submission.value);
    return redirectWithFlash(`/workspace/solutions/${solution.id}`, "solution.flash.created");
  } catch (error) {
    if (error instanceof UnknownCategoryError) {
      return Response.json(submission.reply({ fieldErrors: { categoryId: [msg("solution.validation.unknownCategory")] } }), { status: 400 });
    }
    throw error;
  }
}

export default function NewSolutionPage() {
  const { t } = useTranslation();
  const { categories, verified } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-solution-title" className="space-y-4">
      <h1 id="new-solution-title" className="text-2xl font-semibold">{t("solution.newTitle")}</h1>
      <p className="text-slate-700">{t("solution.newIntro")}</p>
      {!verified ? <Alert tone="warning">{t("solution.unverifiedNotice")}</Alert> : null}
      <SolutionForm lastResult={lastResult} categories={categories} submitLabel={t("solution.saveDraft")} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
