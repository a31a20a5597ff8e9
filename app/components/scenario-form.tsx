// The scenario form, used to draft a new scenario and to edit one. Multipart, so attachments can travel
// with the first save.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AttachmentInput } from "~/components/attachments";
import { Button } from "~/components/ui/button";
import { AmountField, CheckboxGroup, FormErrors, SelectField, TextareaField, TextField } from "~/components/ui/form";
import { DISTRICTS } from "~/modules/orgs/districts";
import { FIRST_UNIT_TYPES, SCENARIO_MODES, scenarioSchema } from "~/modules/scenarios/scenarios.schema";

export type ScenarioFormDefaults = Partial<{
  title: string;
  summary: string;
  description: string;
  categoryId: string;
  industryChain: string;
  tags: string;
  district: string;
  budgetMin: string;
  budgetMax: string;
  deadline: string;
  mode: string;
  expectedFirstUnitTypes: string[];
  allowMultipleWinners: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}>;

export type CategoryOption = { id: string; nameZh: string; nameEn: string };

export function ScenarioForm({
  lastResult,
  defaultValue,
  categories,
  canSubmit,
  withAttachments,
  attachmentErrors,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: ScenarioFormDefaults;
  categories: CategoryOption[];
  canSubmit: boolean;
  withAttachments: boolean;
  attachmentErrors?: string[];
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "scenario",
    lastResult,
    defaultValue: { mode: "OPEN_CALL", ...defaultValue },
    constraint: getZodConstraint(scenarioSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: scenarioSchema }),
  });
  const submitting = navigation.state === "submitting";
  const submittingIntent = navigation.formData?.get("intent");
  const allowMultiple = fields.allowMultipleWinners.initialValue === "on" || fields.allowMultipleWinners.initialValue === "true";
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-5 rounded-lg bg-white p-6 shadow">
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField meta={fields.title} label={t("scenario.field.title")} />
      <TextareaField meta={fields.summary} label={t("scenario.field.summary")} hint={t("scenario.field.summaryHint")} textareaProps={{ rows: 2 }} />
      <TextareaField meta={fields.description} label={t("scenario.field.description")} hint={t("scenario.field.descriptionHint")} textareaProps={{ rows: 8 }} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          meta={fields.categoryId}
          label={t("scenario.field.category")}
          placeholder={t("form.choose")}
          options={categories.map((category) => ({ value: category.id, label: i18n.language === "en" ? category.nameEn : category.nameZh }))}
        />
        <SelectField meta={fields.district} label={t("scenario.field.district")} placeholder={t("form.choose")} options={DISTRICTS.map((value) => ({ value, label: t(`districts.${value}`) }))} />
        <TextField meta={fields.industryChain} label={t("scenario.field.industryChain")} hint={t("scenario.field.industryChainHint")} />
        <TextField meta={fields.tags} label={t("scenario.field.tags")} hint={t("scenario.field.tagsHint")} />
        <AmountField meta={fields.budgetMin} label={t("scenario.field.budgetMin")} hint={t("scenario.field.budgetHint")} />
        <AmountField meta={fields.budgetMax} label={t("scenario.field.budgetMax")} hint={t("scenario.field.budgetHint")} />
        <DateField meta={fields.deadline} label={t("scenario.field.deadline")} hint={t("scenario.field.deadlineHint")} />
        <SelectField meta={fields.mode} label={t("scenario.field.mode")} options={SCENARIO_MODES.map((value) => ({ value, label: t(`scenario.mode.${value}`) }))} />
      </div>
      <CheckboxGroup
        meta={fields.expectedFirstUnitTypes}
        legend={t("scenario.field.expectedFirstUnitTypes")}
        options={FIRST_UNIT_TYPES.map((value) => ({ value, label: t(`scenario.firstUnit.${value}`) }))}
      />
      <label className="inline-flex items-center gap-2 text-slate-800">
        <input type="checkbox" name={fields.allowMultipleWinners.name} value="on" defaultChecked={allowMultiple} className="h-4 w-4" />
        {t("scenario.field.allowMultipleWinners")}
      </label>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t("scenario.field.contactSection")}</legend>
        <TextField meta={fields.contactName} label={t("scenario.field.contactName")} inputProps={{ autoComplete: "name" }} />
        <TextField meta={fields.contactPhone} type="tel" label={t("scenario.field.contactPhone")} hint={t("org.phoneHint")} inputProps={{ autoComplete: "tel" }} />
        <TextField meta={fields.contactEmail} type="email" label={t("scenario.field.contactEmail")} inputProps={{ autoComplete: "email" }} />
      </fieldset>
      {withAttachments ? <AttachmentInput withConfidentialOption errors={attachmentErrors} /> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" variant={canSubmit ? "secondary" : "primary"} pending={submitting && submittingIntent === "save"} pendingLabel={t("scenario.workspace.saving")} disabled={submitting}>
          {t("scenario.workspace.saveDraft")}
        </Button>
        {canSubmit ? (
          <Button type="submit" name="intent" value="submit" pending={submitting && submittingIntent === "submit"} pendingLabel={t("scenario.workspace.saving")} disabled={submitting}>
            {t("scenario.workspace.saveAndSubmit")}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}

function DateField({ meta, label, hint }: { meta: Parameters<typeof TextField>[0]["meta"]; label: string; hint: string }) {
  // TextField only offers text-like types; a native date picker is friendlier and still posts YYYY-MM-DD.
  return <TextField meta={meta} label={label} hint={hint} inputProps={{ type: "date" }} />;
}
