// The solution form, used to create a draft and to edit it.
import { getFormProps, getInputProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { AmountField, ErrorList, FormErrors, SelectField, TextareaField, TextField } from "~/components/ui/form";
import { FIRST_UNIT_STATUSES, FIRST_UNIT_TYPES, INVESTMENT_STAGES, TRL_LEVELS, maturityStage, solutionSchema } from "~/modules/solutions/solutions.schema";

export type SolutionFormDefaults = Partial<{
  title: string;
  summary: string;
  description: string;
  categoryId: string;
  tags: string[];
  industryChain: string[];
  trl: number;
  references: string;
  priceMin: number;
  priceMax: number;
  independentInnovation: boolean;
  seekingInvestment: boolean;
  investmentStage: string | null;
  investmentAmount: number | null;
  firstUnitType: string | null;
  firstUnitStatus: string;
  firstUnitCertificate: string | null;
  firstUnitYear: number | null;
}>;

/** Lists are edited as one line, joined as the reader writes lists ("港口、巡检" or "port, inspection"); both split back. */
function toFormValues(value: SolutionFormDefaults = {}, listSeparator = "、") {
  const text = (v: number | string | null | undefined) => (v === null || v === undefined ? undefined : String(v));
  return {
    title: value.title,
    summary: value.summary,
    description: value.description,
    categoryId: value.categoryId,
    tags: value.tags?.join(listSeparator),
    industryChain: value.industryChain?.join(listSeparator),
    trl: text(value.trl),
    references: value.references,
    priceMin: text(value.priceMin),
    priceMax: text(value.priceMax),
    independentInnovation: value.independentInnovation ? "on" : undefined,
    seekingInvestment: value.seekingInvestment ? "on" : undefined,
    investmentStage: text(value.investmentStage),
    investmentAmount: text(value.investmentAmount),
    firstUnitType: text(value.firstUnitType),
    firstUnitStatus: value.firstUnitStatus ?? "NONE",
    firstUnitCertificate: text(value.firstUnitCertificate),
    firstUnitYear: text(value.firstUnitYear),
  };
}

function Checkbox({ meta, label }: { meta: FieldMetadata<string | undefined>; label: ReactNode }) {
  const props = getInputProps(meta, { type: "checkbox" });
  return (
    <div>
      <label className="inline-flex items-center gap-2 text-slate-800">
        <input {...props} key={props.key} className="h-4 w-4" />
        {label}
      </label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function SolutionForm({
  lastResult,
  defaultValue,
  categories,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: SolutionFormDefaults;
  categories: { id: string; nameZh: string; nameEn: string }[];
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "solution",
    lastResult,
    defaultValue: toFormValues(defaultValue, t("listSeparator")),
    constraint: getZodConstraint(solutionSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: solutionSchema }),
  });
  const numeric = { inputMode: "numeric" as const };
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6 rounded-lg bg-white p-6 shadow">
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("solution.section.basics")}</legend>
        <TextField meta={fields.title} label={t("solution.field.title")} />
        <TextField meta={fields.summary} label={t("solution.field.summary")} />
        <TextareaField meta={fields.description} label={t("solution.field.description")} textareaProps={{ rows: 8 }} />
        <SelectField
          meta={fields.categoryId}
          label={t("solution.field.category")}
          placeholder={t("form.choose")}
          options={categories.map((category) => ({ value: category.id, label: i18n.language === "en" ? category.nameEn : category.nameZh }))}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField meta={fields.tags} label={t("solution.field.tags")} hint={t("solution.field.listHint")} />
          <TextField meta={fields.industryChain} label={t("solution.field.industryChain")} hint={t("solution.field.industryChainHint")} />
        </div>
        <TextareaField meta={fields.references} label={t("solution.field.references")} hint={t("solution.field.referencesHint")} />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t("solution.section.maturity")}</legend>
        <SelectField
          meta={fields.trl}
          label={t("solution.field.trl")}
          hint={t("solution.field.trlHint")}
          placeholder={t("form.choose")}
          options={TRL_LEVELS.map((trl) => ({ value: String(trl), label: t("solution.field.trlValue", { trl, stage: t(`solution.maturityStage.${maturityStage(trl)}`) }) }))}
        />
        <AmountField meta={fields.priceMin} label={t("solution.field.priceMin")} />
        <AmountField meta={fields.priceMax} label={t("solution.field.priceMax")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("solution.section.investment")}</legend>
        <Checkbox meta={fields.independentInnovation} label={t("solution.field.independentInnovation")} />
        <Checkbox meta={fields.seekingInvestment} label={t("solution.field.seekingInvestment")} />
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            meta={fields.investmentStage}
            label={t("solution.field.investmentStage")}
            placeholder={t("form.choose")}
            options={INVESTMENT_STAGES.map((stage) => ({ value: stage, label: t(`solution.investmentStage.${stage}`) }))}
          />
          <AmountField meta={fields.investmentAmount} label={t("solution.field.investmentAmount")} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("solution.section.firstUnit")}</legend>
        <p className="text-sm text-slate-600">{t("solution.field.firstUnitHint")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            meta={fields.firstUnitStatus}
            label={t("solution.field.firstUnitStatus")}
            options={FIRST_UNIT_STATUSES.map((status) => ({ value: status, label: t(`solution.firstUnit.status.${status}`) }))}
          />
          <SelectField
            meta={fields.firstUnitType}
            label={t("solution.field.firstUnitType")}
            placeholder={t("form.choose")}
            options={FIRST_UNIT_TYPES.map((type) => ({ value: type, label: t(`solution.firstUnit.type.${type}`) }))}
          />
          <TextField meta={fields.firstUnitCertificate} label={t("solution.field.firstUnitCertificate")} />
          <TextField meta={fields.firstUnitYear} label={t("solution.field.firstUnitYear")} inputProps={numeric} />
        </div>
        <ul className="flex flex-wrap gap-4 text-sm">
          {FIRST_UNIT_TYPES.map((type) => (
            <li key={type}>
              <Link to={`/first-unit/${type}`} className="text-brand-700 underline">
                {t("solution.field.checklistLink", { type: t(`solution.firstUnit.type.${type}`) })}
              </Link>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>
        {submitLabel}
      </Button>
    </Form>
  );
}
