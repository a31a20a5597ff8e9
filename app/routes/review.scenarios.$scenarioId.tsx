import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentList } from "~/components/attachments";
import { ContentList, ContentText, MixedText, useContentLang } from "~/components/content-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BudgetRange, ScenarioStatusBadge } from "~/components/scenario-badges";
import { useFormatDate } from "~/components/use-format-date";
import { Button } from "~/components/ui/button";
import { controlClass, FormErrors, TextareaField, TextField } from "~/components/ui/form";
import { VerificationBadge } from "~/components/ui/status-badge";
import { listAttachments } from "~/modules/attachments/attachments.server";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { scenarioErrorReply } from "~/modules/scenarios/scenario-form.server";
import { allowedScenarioActions, batchLabel, defaultBatchLabel } from "~/modules/scenarios/scenario-transitions";
import { REVIEW_DECISIONS, reviewDecisionSchema } from "~/modules/scenarios/scenarios.schema";
import { applyScenarioAction, decideScenario, getScenarioForReview, scenarioHistory } from "~/modules/scenarios/scenarios.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { pageTitle } from "~/utils/meta";
import { IrreversibleAction } from "~/components/irreversible-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.scenario.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const scenarioId = params.scenarioId ?? "";
  const scenario = await getScenarioForReview(scenarioId);
  if (!scenario) throw notFound();
  const [history, attachments] = await Promise.all([scenarioHistory(scenarioId), listAttachments("SCENARIO", scenarioId, { includeConfidential: true })]);
  const allowed = allowedScenarioActions(scenario.status, "reviewer");
  return {
    scenario,
    attachments,
    decisions: REVIEW_DECISIONS.filter((decision) => allowed.includes(decision)),
    canArchive: allowed.includes("archive"),
    defaultBatch: defaultBatchLabel(),
    history: history.map((entry) => ({ id: entry.id, action: entry.action, actor: entry.actor?.name ?? null, createdAt: entry.createdAt.toISOString(), reason: reasonOf(entry.after) })),
  };
}

function reasonOf(after: unknown): string | null {
  if (after && typeof after === "object" && "reviewNote" in after && typeof after.reviewNote === "string") return after.reviewNote;
  return null;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const scenarioId = params.scenarioId ?? "";
  const formData = await readForm(request);
  if (!(await getScenarioForReview(scenarioId))) throw notFound();
  const actor = { id: reviewer.id, requestId: context.requestId };
  if (formData.get("decision") === "archive") {
    const reason = String(formData.get("reason") ?? "").slice(0, 1000);
    try {
      await applyScenarioAction({ scenarioId, action: "archive", actor: { ...actor, kind: "reviewer" }, reason });
    } catch (error) {
      return scenarioErrorReply(error, (extra) => ({ status: "error", error: { "": extra.formErrors ?? [] } }));
    }
    return redirectWithFlash("/review/scenarios", "scenario.flash.archive");
  }
  const submission = parseWithZod(formData, { schema: reviewDecisionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    await decideScenario(actor, scenarioId, submission.value);
  } catch (error) {
    return scenarioErrorReply(error, (extra) => submission.reply(extra));
  }
  return redirectWithFlash("/review/scenarios", `scenario.flash.${submission.value.decision}`);
}

export default function ReviewScenarioPage() {
  const { t, i18n } = useTranslation();
  const { scenario, attachments, decisions, canArchive, defaultBatch, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const formatDate = useFormatDate();
  const [form, fields] = useForm({
    id: "decision",
    lastResult: lastResult as never,
    constraint: getZodConstraint(reviewDecisionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewDecisionSchema }),
  });
  const submitting = navigation.state === "submitting";
  const langOf = useContentLang();
  const rows: [string, React.ReactNode][] = [
    [t("scenario.field.organization"), <span key="org" className="inline-flex items-center gap-2"><ContentText text={scenario.org.name} /> <VerificationBadge status={scenario.org.verificationStatus} /></span>],
    [t("scenario.review.createdBy"), scenario.createdBy ? <MixedText key="createdBy" text={`${scenario.createdBy.name} <${scenario.createdBy.email}>`} /> : "—"],
    [t("scenario.field.category"), i18n.language === "en" ? scenario.category.nameEn : scenario.category.nameZh],
    [t("scenario.field.district"), t(`districts.${scenario.district}`)],
    [t("scenario.field.mode"), t(`scenario.mode.${scenario.mode}`)],
    [t("scenario.field.budget"), <BudgetRange key="budget" min={scenario.budgetMin} max={scenario.budgetMax} />],
    [t("scenario.field.deadline"), formatDate(scenario.deadline)],
    [t("scenario.field.batch"), scenario.batch ? <ContentText key="batch" text={batchLabel(scenario.batch, i18n.language)} /> : "—"],
    [t("scenario.field.expectedFirstUnitTypes"), scenario.expectedFirstUnitTypes.map((type) => t(`scenario.firstUnit.${type}`)).join(t("listSeparator")) || "—"],
    [t("scenario.field.industryChain"), scenario.industryChain.length ? <ContentList key="chain" items={scenario.industryChain} /> : "—"],
    [t("scenario.field.tags"), scenario.tags.length ? <ContentList key="tags" items={scenario.tags} /> : "—"],
    [t("scenario.field.allowMultipleWinners"), scenario.allowMultipleWinners ? t("scenario.detail.multipleWinners") : t("scenario.detail.singleWinner")],
    [t("scenario.field.contactName"), <ContentText key="contact" text={scenario.contactName} />],
    [t("scenario.field.contactPhone"), scenario.contactPhone],
    [t("scenario.field.contactEmail"), scenario.contactEmail],
  ];
  return (
    <section aria-labelledby="review-scenario-title" className="space-y-5">
      <Link to="/review/scenarios" className="text-sm text-brand-700 underline">← {t("scenario.review.queueTitle")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="review-scenario-title" lang={langOf(scenario.title)} className="break-words text-2xl font-semibold">{scenario.title}</h1>
        <ScenarioStatusBadge status={scenario.status} />
      </div>
      <p lang={langOf(scenario.summary)} className="break-words text-slate-800">{scenario.summary}</p>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="md:col-span-2">
          <dt className="text-sm text-slate-600">{t("scenario.field.description")}</dt>
          <dd lang={langOf(scenario.description)} className="whitespace-pre-wrap break-words">{scenario.description}</dd>
        </div>
        {scenario.reviewNote ? (
          <div className="md:col-span-2">
            <dt className="text-sm text-slate-600">{t("scenario.review.colReason")}</dt>
            <dd lang={langOf(scenario.reviewNote)} className="whitespace-pre-wrap break-words">{scenario.reviewNote}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="attachments-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="attachments-title" className="mb-2 text-lg font-semibold">{t("scenario.field.attachmentsSection")}</h2>
        <AttachmentList items={attachments} />
      </section>

      {decisions.length > 0 ? (
        <Form method="post" {...getFormProps(form)} className="max-w-xl space-y-4 rounded-lg bg-white p-6 shadow">
          <h2 className="text-lg font-semibold">{t("scenario.review.decisionTitle")}</h2>
          <FormErrors id={form.errorId} errors={form.errors} />
          {decisions.includes("approve") ? <TextField meta={fields.batch} label={t("scenario.field.batch")} hint={t("scenario.review.batchHint", { batch: defaultBatch })} inputProps={{ placeholder: defaultBatch }} /> : null}
          <TextareaField meta={fields.reason} label={t("scenario.review.reason")} hint={t("scenario.review.reasonHint")} />
          <div className="flex flex-wrap gap-3">
            {decisions.map((decision) => (
              <Button key={decision} type="submit" name="decision" value={decision} variant={decision === "approve" ? "primary" : "danger"} disabled={submitting}>
                {t(`scenario.action.${decision}`)}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}
      {canArchive ? (
        <section className="max-w-xl space-y-3 rounded-lg bg-white p-6 shadow" aria-labelledby="archive-title">
          <h2 id="archive-title" className="text-lg font-semibold">{t("scenario.review.archiveTitle")}</h2>
          <IrreversibleAction label={t("scenario.action.archive")} warning={t("scenario.workspace.archiveConfirm")}>
            <div className="space-y-1">
              <label htmlFor="archive-reason" className="block text-sm font-medium text-slate-800">{t("scenario.review.reason")}</label>
              <textarea id="archive-reason" name="reason" rows={2} maxLength={1000} className={controlClass} />
            </div>
            <Button type="submit" name="decision" value="archive" variant="danger" disabled={submitting}>{t("scenario.workspace.archiveConfirmButton")}</Button>
          </IrreversibleAction>
        </section>
      ) : null}

      <div>
        <h2 className="text-lg font-semibold">{t("scenario.review.history")}</h2>
        {history.length === 0 ? (
          <p className="text-slate-700">—</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm">
            {history.map((entry) => (
              <li key={entry.id} className="break-words">
                {formatDate(entry.createdAt, true)} · {entry.actor ? <ContentText text={entry.actor} /> : t("scenario.review.system")} · {t(`scenario.audit.${entry.action.replace(/^scenario\./, "")}`, { defaultValue: entry.action })}
                {entry.reason ? <>{t("labelSeparator")}<ContentText text={entry.reason} /></> : ""}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
