import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText, MixedText, useContentLang } from "~/components/content-text";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ErrorList, FormErrors, TextareaField } from "~/components/ui/form";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { HIDEABLE_TYPES, moderationDecisionSchema } from "~/modules/moderation/moderation.schema";
import { decideReport, getReportForReview, ModerationError } from "~/modules/moderation/moderation.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";

export const meta: MetaFunction = titleMeta("moderation.queueTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const found = await getReportForReview(params.reportId ?? "");
  if (!found) throw notFound();
  const { report, record, otherReports, history } = found;
  const hideable = !!record && (HIDEABLE_TYPES as readonly string[]).includes(record.type);
  const decisions = [
    ...(hideable && !record.hidden ? (["hide"] as const) : []),
    ...(hideable && record.hidden ? (["restore"] as const) : []),
    ...(report.status === "OPEN" ? (["dismiss"] as const) : []),
  ];
  return {
    report: { ...report, createdAt: report.createdAt.toISOString(), resolvedAt: report.resolvedAt?.toISOString() ?? null },
    record,
    hideable,
    decisions,
    otherReports: otherReports.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
    history: history.map((entry) => ({ id: entry.id, action: entry.action, actor: entry.actor?.name ?? null, createdAt: entry.createdAt.toISOString(), after: entry.after as { reason?: string } | null })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const reportId = params.reportId ?? "";
  if (!(await getReportForReview(reportId))) throw notFound();
  const submission = parseWithZod(await readForm(request), { schema: moderationDecisionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    await decideReport({ id: reviewer.id, requestId: context.requestId }, reportId, submission.value.decision, submission.value.reason);
  } catch (error) {
    if (error instanceof ModerationError) {
      return Response.json(submission.reply({ formErrors: [msg(`moderation.error.${error.code}`)] }), { status: 409 });
    }
    throw error;
  }
  return redirectWithFlash(`/review/reports/${reportId}`, `moderation.flash.${submission.value.decision}`);
}

export default function ReviewReportPage() {
  const { t, i18n } = useTranslation();
  const { report, record, hideable, decisions, otherReports, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "moderation-decision",
    lastResult,
    constraint: getZodConstraint(moderationDecisionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moderationDecisionSchema }),
  });
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  const langOf = useContentLang();
  const rows: [string, ReactNode][] = [
    [t("moderation.type"), t(`moderation.entityType.${report.entityType}`, { defaultValue: report.entityType })],
    [t("moderation.owner"), record?.orgName ? <ContentText key="owner" text={record.orgName} /> : "—"],
    [t("moderation.reporter"), report.reporter ? <MixedText key="reporter" text={`${report.reporter.name} <${report.reporter.email}>`} /> : t("moderation.anonymousReporter")],
    [t("moderation.reportedAt"), format(report.createdAt)],
    [t("moderation.recordState"), !record ? t("moderation.recordMissing") : record.hidden ? t("moderation.recordHidden") : record.isPublic ? t("moderation.recordPublic") : t("moderation.recordNotPublic")],
    [t("solution.field.status"), t(`moderation.status.${report.status}`)],
  ];
  if (report.status !== "OPEN") {
    rows.push([t("moderation.resolution"), report.resolution ? <ContentText key="resolution" text={report.resolution} /> : "—"]);
    rows.push([t("moderation.resolvedBy"), report.resolvedBy ? <ContentText key="resolvedBy" text={report.resolvedBy.name} /> : "—"]);
  }
  return (
    <section aria-labelledby="report-review-title" className="space-y-5">
      <Link to="/review/reports" className="text-sm text-brand-700 underline">← {t("moderation.queueTitle")}</Link>
      <h1 id="report-review-title" className="text-2xl font-semibold">
        {t("moderation.reviewHeading")}{record ? <Link to={record.link} className="text-brand-700 underline"><ContentText text={record.title} /></Link> : t("moderation.recordMissing")}
      </h1>
      {record?.hidden ? <Alert tone="warning"><MixedText text={t("moderation.hiddenNow", { reason: record.hiddenReason ?? "—" })} /></Alert> : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="md:col-span-2">
          <dt className="text-sm text-slate-600">{t("moderation.reason")}</dt>
          <dd lang={langOf(report.reason)} className="whitespace-pre-wrap break-words">{report.reason}</dd>
        </div>
      </dl>
      {decisions.length > 0 ? (
        <Form method="post" {...getFormProps(form)} className="max-w-xl space-y-4 rounded-lg bg-white p-6 shadow">
          <h2 className="text-lg font-semibold">{t("moderation.decisionTitle")}</h2>
          <FormErrors id={form.errorId} errors={form.errors} />
          <ErrorList id={fields.decision.errorId} errors={fields.decision.errors} />
          <TextareaField meta={fields.reason} label={t("moderation.decisionReason")} hint={t("moderation.decisionReasonHint")} />
          <div className="flex flex-wrap gap-3">
            {decisions.map((decision) => (
              <Button key={decision} type="submit" name="decision" value={decision} variant={decision === "hide" ? "danger" : decision === "restore" ? "primary" : "secondary"} disabled={navigation.state === "submitting"}>
                {t(`moderation.decision.${decision}`)}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}
      <div>
        <h2 className="text-lg font-semibold">{t("moderation.otherReports")}</h2>
        {otherReports.length === 0 ? (
          <p className="text-slate-700">{t("moderation.noOtherReports")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {otherReports.map((item) => (
              <li key={item.id}>
                <Link to={`/review/reports/${item.id}`} className="text-brand-700 underline">{format(item.createdAt)}</Link> · {t(`moderation.status.${item.status}`)} · <span lang={langOf(item.reason)} className="break-words">{item.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h2 className="text-lg font-semibold">{t("moderation.history")}</h2>
        {history.length === 0 ? (
          <p className="text-slate-700">—</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm">
            {history.map((entry) => (
              <li key={entry.id}>
                {format(entry.createdAt)} · {entry.actor ? <ContentText text={entry.actor} /> : "—"} · {t(`moderation.historyAction.${entry.action.replace("report.", "")}`, { defaultValue: entry.action })}
                {entry.after?.reason ? <> · <ContentText text={entry.after.reason} /></> : ""}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
