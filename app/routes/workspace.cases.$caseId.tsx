// The SOE edits a case draft, adds or removes photos and submits it for review.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentList } from "~/components/attachments";
import { ContentText, MixedText } from "~/components/content-text";
import { CaseForm } from "~/components/case-form";
import { CaseStatusBadge } from "~/components/case-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form";
import { deleteAttachment, filesFrom, listAttachments, readFormWithFiles } from "~/modules/attachments/attachments.server";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { CaseTransitionError } from "~/modules/cases/case-transitions";
import { caseSchema } from "~/modules/cases/cases.schema";
import { caseForOwner, CaseNotFoundError, checkCasePhotos, submitCase, updateCase } from "~/modules/cases/cases.server";
import { msg } from "~/utils/i18n";
import { redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "caseStudy.edit.title", data && { title: data.caseStudy.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = await caseForOwner(user.id, params.caseId ?? "");
  if (!found) throw notFound();
  const photos = await listAttachments("CASE", found.id, { includeConfidential: true });
  return { caseStudy: found, photos };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const caseId = params.caseId ?? "";
  const found = await caseForOwner(user.id, caseId);
  if (!found) throw notFound();
  const actor = { id: user.id, requestId: context.requestId };
  const formData = await readFormWithFiles(request);
  if (formData instanceof Response) return formData;
  const intent = formData.get("intent");
  try {
    if (intent === "submit") {
      await submitCase(actor, caseId);
      return redirectWithFlash("/workspace/cases", "caseStudy.flash.submitted");
    }
    if (intent === "delete-photo") {
      if (found.status !== "DRAFT") return Response.json({ status: "error", error: { "": ["caseStudy.errors.notAllowed"] } }, { status: 409 });
      if (!(await deleteAttachment(actor, "CASE", caseId, String(formData.get("attachmentId") ?? "")))) throw notFound();
      return redirectWithFlash(`/workspace/cases/${caseId}`, "caseStudy.flash.saved");
    }
    const submission = parseWithZod(formData, { schema: caseSchema });
    if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
    const photos = await checkCasePhotos(filesFrom(formData));
    if (!photos.ok) return Response.json(submission.reply({ fieldErrors: { attachments: photos.errors } }), { status: 400 });
    try {
      await updateCase(actor, caseId, submission.value, photos.files);
    } catch (error) {
      if (error instanceof CaseTransitionError) return Response.json(submission.reply({ formErrors: ["caseStudy.errors.notAllowed"] }), { status: 409 });
      throw error;
    }
    return redirectWithFlash(`/workspace/cases/${caseId}`, "caseStudy.flash.saved");
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw notFound();
    if (error instanceof CaseTransitionError) return Response.json({ status: "error", error: { "": ["caseStudy.errors.notAllowed"] } }, { status: 409 });
    throw error;
  }
}

export default function EditCasePage() {
  const { t } = useTranslation();
  const { caseStudy, photos } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const editable = caseStudy.status === "DRAFT";
  const topErrors = lastResult && "error" in lastResult && lastResult.error ? (lastResult.error as Record<string, string[] | null>)[""] : null;
  return (
    <section aria-labelledby="edit-case-title" className="max-w-3xl space-y-5">
      <Link to="/workspace/cases" className="text-sm text-brand-700 underline">← {t("caseStudy.new.back")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="edit-case-title" className="text-2xl font-semibold"><MixedText text={t("caseStudy.edit.title", { title: caseStudy.title })} /></h1>
        <CaseStatusBadge status={caseStudy.status} />
      </div>
      <p className="text-slate-700"><ContentText text={caseStudy.scenario.title} /> · <ContentText text={caseStudy.bid.org.name} /></p>
      {editable && caseStudy.reviewNote ? <Alert tone="warning"><MixedText text={t("caseStudy.edit.returned", { reason: caseStudy.reviewNote })} /></Alert> : null}
      {!editable ? <Alert tone="info">{t("caseStudy.edit.readOnly")}</Alert> : null}
      {!editable && topErrors ? <FormErrors id="case-errors" errors={topErrors} /> : null}
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{t("caseStudy.edit.photos")}</h2>
        <AttachmentList items={photos} deleteIntent={editable ? "delete-photo" : undefined} />
      </div>
      {editable ? (
        <>
          <CaseForm lastResult={lastResult as never} defaultValue={{ title: caseStudy.title, outcome: caseStudy.outcome, figures: caseStudy.figures }} submitLabel={t("caseStudy.edit.save")} />
          <Form method="post" className="space-y-2 rounded-lg bg-white p-6 shadow">
            <p className="text-sm text-slate-700">{t("caseStudy.edit.submitHint")}</p>
            <input type="hidden" name="intent" value="submit" />
            <Button type="submit" pending={navigation.state === "submitting" && navigation.formData?.get("intent") === "submit"}>{t("caseStudy.edit.submit")}</Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
