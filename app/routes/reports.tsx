// POST /reports files a report (from ReportButton). Without JavaScript an invalid report lands on this
// page, which shows the form again with the reason typed and the errors.
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { controlClass, ErrorList, FormErrors, Honeypot } from "~/components/ui/form";
import { requireUser } from "~/modules/auth/permissions.server";
import { reportSchema } from "~/modules/moderation/moderation.schema";
import { fileReport } from "~/modules/moderation/moderation.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { localPath } from "~/utils/validation";

export const meta: MetaFunction = titleMeta("moderation.pageTitle");

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: reportSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { entityType, entityId, reason, redirectTo } = submission.value;
  const outcome = await fileReport({ id: user.id, requestId: context.requestId }, { entityType, entityId, reason });
  if (!outcome) return Response.json(submission.reply({ formErrors: [msg("moderation.notFound")] }), { status: 404 });
  return redirectWithFlash(localPath(redirectTo, "/"), outcome === "duplicate" ? "moderation.flash.duplicate" : "moderation.flash.reported");
}

export default function ReportPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "report",
    lastResult,
    constraint: getZodConstraint(reportSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
  });
  const typed = (lastResult?.initialValue ?? {}) as Record<string, string | undefined>;
  const reasonProps = getTextareaProps(fields.reason);
  return (
    <section aria-labelledby="report-title" className="max-w-xl space-y-4">
      <h1 id="report-title" className="text-2xl font-semibold">{t("moderation.pageTitle")}</h1>
      {!lastResult ? (
        <p className="text-slate-700">{t("moderation.pageIntro")}</p>
      ) : (
        <Form method="post" action="/reports" {...getFormProps(form)} className="space-y-3 rounded-lg bg-white p-6 shadow">
          <p className="text-slate-700">{t("moderation.reportIntro")}</p>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="entityType" value={typed.entityType ?? ""} />
          <input type="hidden" name="entityId" value={typed.entityId ?? ""} />
          <input type="hidden" name="redirectTo" value={localPath(typed.redirectTo, "/")} />
          <Honeypot />
          <label htmlFor={fields.reason.id} className="block text-sm font-medium text-slate-800">{t("moderation.reason")}</label>
          <textarea {...reasonProps} key={reasonProps.key} rows={4} className={controlClass} />
          <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
          <div className="flex items-center gap-4">
            <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.submitting")}>{t("moderation.submit")}</Button>
            <Link to={localPath(typed.redirectTo, "/")} className="text-sm text-brand-700 underline">{t("moderation.backToRecord")}</Link>
          </div>
        </Form>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
