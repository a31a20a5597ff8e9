// "举报 / Report" on public records: a disclosure with a reason, posted to /reports. Works without
// JavaScript (a plain form post that redirects back); with it, the reply shows in place.
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Link, useFetcher, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { reportSchema } from "~/modules/moderation/moderation.schema";
import { Button } from "./ui/button";
import { controlClass, ErrorList, FormErrors, Honeypot } from "./ui/form";

// On success the action redirects back here with a flash message; only error replies reach the fetcher.
type ReportReply = Record<string, unknown>;

export function ReportButton({ entityType, entityId }: { entityType: "SCENARIO" | "SOLUTION" | "CASE"; entityId: string }) {
  const { t } = useTranslation();
  const root = useRouteLoaderData("root") as { user: unknown } | undefined;
  const location = useLocation();
  const fetcher = useFetcher<ReportReply>({ key: `report-${entityType}-${entityId}` });
  const reply = fetcher.data;
  const [form, fields] = useForm({
    id: `report-${entityId}`,
    lastResult: reply ? (reply as never) : undefined,
    constraint: getZodConstraint(reportSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
  });
  const here = location.pathname + location.search;
  if (!root?.user) {
    return (
      <Link to={`/signin?redirectTo=${encodeURIComponent(here)}`} className="text-sm text-slate-700 underline">
        {t("moderation.signInToReport")}
      </Link>
    );
  }
  const reasonProps = getTextareaProps(fields.reason);
  return (
    <details className="text-sm" open={reply ? true : undefined}>
      <summary className="cursor-pointer text-slate-700 underline">{t("moderation.report")}</summary>
      <fetcher.Form method="post" action="/reports" {...getFormProps(form)} className="mt-2 max-w-md space-y-2 rounded-md border border-slate-300 bg-white p-3">
        <p className="text-slate-700">{t("moderation.reportIntro")}</p>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="entityId" value={entityId} />
        <input type="hidden" name="redirectTo" value={here} />
        <Honeypot />
        <label htmlFor={fields.reason.id} className="block font-medium text-slate-800">
          {t("moderation.reason")}
        </label>
        <textarea {...reasonProps} key={reasonProps.key} rows={3} className={controlClass} />
        <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
        <Button type="submit" variant="secondary" pending={fetcher.state !== "idle"} pendingLabel={t("form.submitting")}>
          {t("moderation.submit")}
        </Button>
      </fetcher.Form>
    </details>
  );
}
