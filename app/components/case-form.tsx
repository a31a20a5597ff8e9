// The case form (new and edit): title, outcome, up to six key figures and photos (images only).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { caseSchema, MAX_FIGURES, newCaseSchema, type CaseFigure } from "~/modules/cases/cases.schema";
import { AttachmentInput } from "./attachments";
import { Button } from "./ui/button";
import { ErrorList, FormErrors, SelectField, TextareaField, TextField, controlClass } from "./ui/form";

export function CaseForm({
  lastResult,
  defaultValue,
  bidOptions,
  submitLabel,
  extraButtons,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: { title?: string; outcome?: string; figures?: CaseFigure[] };
  /** Present when creating: the awarded bids to choose from. */
  bidOptions?: { value: string; label: string }[];
  submitLabel: string;
  extraButtons?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const schema = bidOptions ? newCaseSchema : caseSchema;
  const [form, fields] = useForm({
    id: "case",
    lastResult,
    defaultValue,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const initialFigures = (Array.isArray(form.initialValue?.figures) ? form.initialValue.figures : []) as Partial<CaseFigure>[];
  const errorsOf = (name: string) => form.allErrors[name];
  const anyFields = fields as unknown as Record<string, Parameters<typeof SelectField>[0]["meta"]>;
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4 rounded-lg bg-white p-6 shadow">
      <FormErrors id={form.errorId} errors={form.errors} />
      {bidOptions ? <SelectField meta={anyFields.bidId} label={t("caseStudy.fields.bidId")} options={bidOptions} placeholder="—" recordLabels /> : null}
      <TextField meta={fields.title} label={t("caseStudy.fields.title")} />
      <TextareaField meta={fields.outcome} label={t("caseStudy.fields.outcome")} hint={t("caseStudy.fields.outcomeHint")} textareaProps={{ rows: 8 }} />
      <fieldset className="space-y-2" key={form.key}>
        <legend className="text-sm font-medium text-slate-800">{t("caseStudy.fields.figures")}</legend>
        <p className="text-sm text-slate-600">{t("caseStudy.fields.figuresHint")}</p>
        <ErrorList errors={errorsOf("figures")} />
        {Array.from({ length: MAX_FIGURES }, (_, index) => {
          const label = `figures[${index}].label`;
          const value = `figures[${index}].value`;
          return (
            <div key={index} className="grid gap-3 md:grid-cols-2">
              <div>
                <label htmlFor={`figure-label-${index}`} className="block text-sm text-slate-800">{t("caseStudy.fields.figureLabel", { n: index + 1 })}</label>
                <input id={`figure-label-${index}`} name={label} form={form.id} maxLength={20} defaultValue={initialFigures[index]?.label ?? ""} aria-invalid={errorsOf(label) ? true : undefined} aria-describedby={errorsOf(label) ? `figure-label-${index}-error` : undefined} className={controlClass} />
                <ErrorList id={`figure-label-${index}-error`} errors={errorsOf(label)} />
              </div>
              <div>
                <label htmlFor={`figure-value-${index}`} className="block text-sm text-slate-800">{t("caseStudy.fields.figureValue", { n: index + 1 })}</label>
                <input id={`figure-value-${index}`} name={value} form={form.id} maxLength={30} defaultValue={initialFigures[index]?.value ?? ""} aria-invalid={errorsOf(value) ? true : undefined} aria-describedby={errorsOf(value) ? `figure-value-${index}-error` : undefined} className={controlClass} />
                <ErrorList id={`figure-value-${index}-error`} errors={errorsOf(value)} />
              </div>
            </div>
          );
        })}
      </fieldset>
      <div>
        <p className="text-sm font-medium text-slate-800">{t("caseStudy.fields.photos")}</p>
        <p className="text-sm text-slate-600">{t("caseStudy.fields.photosHint")}</p>
        <AttachmentInput errors={errorsOf("attachments")} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" pending={navigation.state === "submitting" && navigation.formData?.get("intent") === "save"} pendingLabel={t("caseStudy.new.saving")}>
          {submitLabel}
        </Button>
        {extraButtons}
      </div>
    </Form>
  );
}
