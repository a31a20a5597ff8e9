import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentInput, AttachmentList } from "~/components/attachments";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText, useContentLang } from "~/components/content-text";
import { ScenarioStatusBadge } from "~/components/scenario-badges";
import { ScenarioForm } from "~/components/scenario-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form";
import { INVITED_FLASH_HANDLE, InvitedConfirmation, SolutionRecommendations, useInvitedFlash } from "~/components/recommendations";
import type { FlashHandle } from "~/components/flash";
import { deleteAttachment, listAttachments, readFormWithFiles } from "~/modules/attachments/attachments.server";
import { notFound } from "~/modules/auth/permissions.server";
import { solutionRecommendationsPanel } from "~/modules/matching/recommendation-panels.server";
import { requireScenarioOwner } from "~/modules/scenarios/scenario-access.server";
import { checkedUpload, isConfidentialUpload, readScenarioForm, scenarioErrorReply } from "~/modules/scenarios/scenario-form.server";
import { allowedScenarioActions, isScenarioEditable } from "~/modules/scenarios/scenario-transitions";
import { inviteBlocker } from "~/modules/bids/bids.server";
import { dateInputFromDeadline, ownerActionSchema } from "~/modules/scenarios/scenarios.schema";
import { addScenarioAttachments, applyScenarioAction, getScenarioForOwner, listActiveCategories, updateDraft } from "~/modules/scenarios/scenarios.server";
import { msg } from "~/utils/i18n";
import { redirectWithFlash } from "~/utils/request.server";
import { pageTitle } from "~/utils/meta";
import { IrreversibleAction } from "~/components/irreversible-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.scenario.title);

// An invitation sent from this page's recommendations returns to them (#recommended-solutions): they show its
// confirmation, not the top of the page, which on a phone is off screen there.
export const handle: FlashHandle = INVITED_FLASH_HANDLE;

/** How many recommended solutions the scenario page shows; the invite page shows more. */
const RECOMMENDED_ON_PAGE = 5;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { orgId, org } = await requireScenarioOwner(request, params.scenarioId ?? "");
  const scenario = await getScenarioForOwner(params.scenarioId ?? "", orgId);
  if (!scenario) throw notFound();
  const [categories, attachments, recommendations] = await Promise.all([
    listActiveCategories(),
    listAttachments("SCENARIO", scenario.id, { includeConfidential: true }),
    solutionRecommendationsPanel(scenario, orgId, RECOMMENDED_ON_PAGE, context.requestId),
  ]);
  // A category deactivated after the draft was written stays selectable for this draft.
  const withCurrent = categories.some((c) => c.id === scenario.categoryId)
    ? categories
    : [...categories, { id: scenario.categoryId, code: scenario.category.code, nameZh: scenario.category.nameZh, nameEn: scenario.category.nameEn }];
  return {
    scenario,
    categories: withCurrent,
    attachments,
    recommendations,
    // Whether it may invite now, or why not (the one rule inviteSolution applies).
    inviteBlocker: inviteBlocker(scenario, org.verificationStatus),
    orgVerified: org.verificationStatus === "VERIFIED",
    editable: isScenarioEditable(scenario.status),
    // Submitting goes through the edit form (save and submit), so it is not offered as a separate button.
    actions: allowedScenarioActions(scenario.status, "owner").filter((action) => action !== "submit"),
  };
}

type ActionReply = SubmissionResult<string[]>;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const scenarioId = params.scenarioId ?? "";
  const { user, org } = await requireScenarioOwner(request, scenarioId);
  const actor = { id: user.id, requestId: context.requestId };
  const formData = await readFormWithFiles(request);
  if (formData instanceof Response) return formData;
  const intent = String(formData.get("intent") ?? "");
  const plainReply = (formErrors: string[]): ActionReply => ({ status: "error", error: { "": formErrors } });

  if (intent === "save" || intent === "submit") {
    const form = await readScenarioForm(formData, { orgVerified: org.verificationStatus === "VERIFIED", withAttachments: false });
    if (!form.ok) return form.response;
    try {
      await updateDraft(actor, scenarioId, form.value);
    } catch (error) {
      return scenarioErrorReply(error, form.reply);
    }
    return redirectWithFlash(`/workspace/scenarios/${scenarioId}`, form.value.intent === "submit" ? "scenario.flash.submitted" : "scenario.flash.saved");
  }
  if (intent === "upload") {
    const checked = await checkedUpload(formData);
    if (!checked.ok) return Response.json({ status: "error", error: { attachments: checked.errors } } satisfies ActionReply, { status: 400 });
    if (checked.files.length === 0) return Response.json({ status: "error", error: { attachments: [msg("validation.required")] } } satisfies ActionReply, { status: 400 });
    try {
      await addScenarioAttachments(actor, scenarioId, checked.files, isConfidentialUpload(formData));
    } catch (error) {
      return scenarioErrorReply(error, (extra) => plainReply(extra.formErrors ?? []));
    }
    return redirectWithFlash(`/workspace/scenarios/${scenarioId}`, "scenario.flash.attachmentsAdded");
  }
  if (intent === "deleteAttachment") {
    const scenario = await getScenarioForOwner(scenarioId, org.id);
    if (!scenario || !isScenarioEditable(scenario.status)) return Response.json(plainReply([msg("scenario.errors.notAllowed")]), { status: 409 });
    if (!(await deleteAttachment(actor, "SCENARIO", scenarioId, String(formData.get("attachmentId") ?? "")))) throw notFound();
    return redirectWithFlash(`/workspace/scenarios/${scenarioId}`, "scenario.flash.attachmentDeleted");
  }
  const parsed = ownerActionSchema.safeParse({ intent });
  if (!parsed.success || parsed.data.intent === "submit") return Response.json(plainReply([msg("validation.choose")]), { status: 400 });
  try {
    await applyScenarioAction({ scenarioId, action: parsed.data.intent, actor: { ...actor, kind: "owner" } });
  } catch (error) {
    return scenarioErrorReply(error, (extra) => plainReply(extra.formErrors ?? []));
  }
  return redirectWithFlash(`/workspace/scenarios/${scenarioId}`, `scenario.flash.${parsed.data.intent}`);
}

export default function ManageScenarioPage() {
  const { t } = useTranslation();
  const { scenario, categories, attachments, recommendations, inviteBlocker: blocker, orgVerified, editable, actions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>() as ActionReply | undefined;
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const pendingIntent = navigation.formData?.get("intent");
  const invited = useInvitedFlash();
  const formIntent = lastResult?.initialValue?.intent;
  const formReply = formIntent === "save" || formIntent === "submit" ? lastResult : undefined;
  const otherErrors = formReply ? undefined : lastResult?.error?.[""];
  const langOf = useContentLang();
  return (
    <section aria-labelledby="manage-title" className="space-y-5">
      <Link to="/workspace/scenarios" className="text-sm text-brand-700 underline">← {t("scenario.workspace.title")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="manage-title" className="break-words text-2xl font-semibold"><MixedText text={t("scenario.workspace.manageTitle", { title: scenario.title })} /></h1>
        <ScenarioStatusBadge status={scenario.status} />
      </div>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link to={`/scenarios/${scenario.id}`} className="text-brand-700 underline">{t("scenario.workspace.viewPublic")}</Link>
        <Link to={`/workspace/scenarios/${scenario.id}/bids`} className="text-brand-700 underline">{t("scenario.workspace.viewBids")}</Link>
      </p>
      {scenario.reviewNote && (scenario.status === "CHANGES_REQUESTED" || scenario.status === "ARCHIVED") ? (
        <Alert tone="warning">
          <strong>{t("scenario.workspace.reviewNote")}{t("labelSeparator")}</strong>
          <span lang={langOf(scenario.reviewNote)} className="whitespace-pre-wrap break-words">{scenario.reviewNote}</span>
        </Alert>
      ) : null}
      {/* Hidden by a reviewer (moderation): said here with the reason, as on a hidden solution's page; the status
          badge still says where the scenario is in its life cycle. */}
      {scenario.hidden ? <Alert tone="error"><MixedText text={t("scenario.workspace.hiddenBanner", { reason: scenario.hiddenReason ?? "—" })} /></Alert> : null}
      {editable && !orgVerified ? <Alert tone="warning">{t("scenario.workspace.notVerified")}</Alert> : null}
      <FormErrors id="manage-errors" errors={otherErrors} />

      {actions.length > 0 ? (
        <section aria-labelledby="actions-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="actions-title" className="mb-3 text-lg font-semibold">{t("scenario.workspace.actionsSection")}</h2>
          <div className="flex flex-wrap gap-3">
            {actions.map((action) =>
              action === "archive" ? (
                <IrreversibleAction key={action} label={t("scenario.action.archive")} warning={t("scenario.workspace.archiveConfirm")}>
                  <Button type="submit" name="intent" value="archive" variant="danger" disabled={busy} pending={busy && pendingIntent === "archive"} pendingLabel={t("scenario.workspace.saving")}>
                    {t("scenario.workspace.archiveConfirmButton")}
                  </Button>
                </IrreversibleAction>
              ) : (
                <Form method="post" key={action}>
                  <Button type="submit" name="intent" value={action} variant="secondary" disabled={busy} pending={busy && pendingIntent === action} pendingLabel={t("scenario.workspace.saving")}>
                    {t(`scenario.action.${action}`)}
                  </Button>
                </Form>
              ),
            )}
          </div>
        </section>
      ) : null}

      <SolutionRecommendations
        scenarioId={scenario.id}
        panel={recommendations}
        blocker={blocker}
        editable={editable}
        variant="scenario"
        status={invited ? <InvitedConfirmation message={invited.message} /> : null}
      />

      <section aria-labelledby="attachments-title" className="space-y-3 rounded-lg bg-white p-6 shadow">
        <h2 id="attachments-title" className="text-lg font-semibold">{t("scenario.field.attachmentsSection")}</h2>
        <AttachmentList items={attachments} deleteIntent={editable ? "deleteAttachment" : undefined} />
        {editable ? (
          <Form method="post" encType="multipart/form-data" className="space-y-3">
            <input type="hidden" name="intent" value="upload" />
            <AttachmentInput withConfidentialOption errors={formReply ? undefined : (lastResult?.error?.attachments ?? undefined)} />
            <Button type="submit" variant="secondary" disabled={busy} pending={busy && pendingIntent === "upload"} pendingLabel={t("scenario.workspace.saving")}>{t("scenario.workspace.uploadAttachments")}</Button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="edit-title" className="space-y-3">
        <h2 id="edit-title" className="text-lg font-semibold">{t("scenario.workspace.editSection")}</h2>
        {editable ? (
          <ScenarioForm
            lastResult={formReply}
            categories={categories}
            canSubmit={orgVerified}
            withAttachments={false}
            defaultValue={{
              title: scenario.title,
              summary: scenario.summary,
              description: scenario.description,
              categoryId: scenario.categoryId,
              industryChain: scenario.industryChain.join(t("listSeparator")),
              tags: scenario.tags.join(t("listSeparator")),
              district: scenario.district,
              budgetMin: String(scenario.budgetMin),
              budgetMax: String(scenario.budgetMax),
              deadline: dateInputFromDeadline(scenario.deadline),
              mode: scenario.mode,
              expectedFirstUnitTypes: scenario.expectedFirstUnitTypes,
              allowMultipleWinners: scenario.allowMultipleWinners ? "on" : "",
              contactName: scenario.contactName,
              contactPhone: scenario.contactPhone,
              contactEmail: scenario.contactEmail,
            }}
          />
        ) : (
          <p className="text-slate-700">
            {t(`scenario.workspace.notEditable.${scenario.status === "PENDING_REVIEW" || scenario.status === "PUBLISHED" ? scenario.status : "ENDED"}`)}
          </p>
        )}
      </section>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
