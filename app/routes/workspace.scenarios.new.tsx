import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ScenarioForm } from "~/components/scenario-form";
import { Alert } from "~/components/ui/alert";
import { readFormWithFiles } from "~/modules/attachments/attachments.server";
import { requireSoeWorkspace } from "~/modules/scenarios/scenario-access.server";
import { readScenarioForm, scenarioErrorReply } from "~/modules/scenarios/scenario-form.server";
import { createDraft, listActiveCategories } from "~/modules/scenarios/scenarios.server";
import { redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("scenario.workspace.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org } = await requireSoeWorkspace(request);
  return { org, categories: await listActiveCategories() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, org } = await requireSoeWorkspace(request);
  const formData = await readFormWithFiles(request);
  if (formData instanceof Response) return formData;
  const form = await readScenarioForm(formData, { orgVerified: org.verificationStatus === "VERIFIED", withAttachments: true });
  if (!form.ok) return form.response;
  try {
    const scenario = await createDraft({ id: user.id, requestId: context.requestId }, org.id, form.value, { files: form.files, confidential: form.confidential });
    return redirectWithFlash(`/workspace/scenarios/${scenario.id}`, form.value.intent === "submit" ? "scenario.flash.createdAndSubmitted" : "scenario.flash.created");
  } catch (error) {
    return scenarioErrorReply(error, form.reply);
  }
}

export default function NewScenarioPage() {
  const { t } = useTranslation();
  const { org, categories } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>() as SubmissionResult<string[]> | undefined;
  const verified = org.verificationStatus === "VERIFIED";
  return (
    <section aria-labelledby="new-scenario-title" className="space-y-4">
      <h1 id="new-scenario-title" className="text-2xl font-semibold">{t("scenario.workspace.newTitle")}</h1>
      {!verified ? <Alert tone="warning">{t("scenario.workspace.notVerified")}</Alert> : null}
      <ScenarioForm lastResult={lastResult} categories={categories} canSubmit={verified} withAttachments attachmentErrors={lastResult?.error?.attachments ?? undefined} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
