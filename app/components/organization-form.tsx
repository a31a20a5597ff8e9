// The organisation profile form, used to create an organisation and to edit it.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { CheckboxGroup, FormErrors, SelectField, TextareaField, TextField } from "~/components/ui/form";
import { DISTRICTS, ENTERPRISE_TIERS, ORG_FLAGS, ORG_KINDS } from "~/modules/orgs/districts";
import { organizationSchema } from "~/modules/orgs/orgs.schema";

export type OrganizationFormDefaults = Partial<{
  kind: string;
  name: string;
  uscc: string;
  district: string;
  tier: string | null;
  flags: string[];
  description: string;
  website: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}>;

export function OrganizationForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: OrganizationFormDefaults;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "organization",
    lastResult,
    defaultValue: { ...defaultValue, tier: defaultValue?.tier ?? undefined },
    constraint: getZodConstraint(organizationSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organizationSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-5 rounded-lg bg-white p-6 shadow">
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("org.identitySection")}</legend>
        <SelectField meta={fields.kind} label={t("org.kind")} placeholder={t("form.choose")} options={ORG_KINDS.map((value) => ({ value, label: t(`orgKind.${value}`) }))} />
        <TextField meta={fields.name} label={t("org.name")} hint={t("org.nameHint")} inputProps={{ autoComplete: "organization" }} />
        <TextField meta={fields.uscc} label={t("org.uscc")} hint={t("org.usccHint")} inputProps={{ autoCapitalize: "characters", spellCheck: false }} />
        <SelectField meta={fields.district} label={t("org.district")} placeholder={t("form.choose")} options={DISTRICTS.map((value) => ({ value, label: t(`districts.${value}`) }))} />
        <SelectField meta={fields.tier} label={t("org.tier")} hint={t("org.tierHint")} placeholder={t("org.tierNone")} options={ENTERPRISE_TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))} />
        <CheckboxGroup meta={fields.flags} legend={t("org.flags")} hint={t("org.flagsHint")} options={ORG_FLAGS.map((value) => ({ value, label: t(`orgFlag.${value}`) }))} />
      </fieldset>
      <TextareaField meta={fields.description} label={t("org.description")} />
      <TextField meta={fields.website} type="url" label={t("org.website")} hint={t("org.websiteHint")} />
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t("org.contactSection")}</legend>
        <TextField meta={fields.contactName} label={t("org.contactName")} inputProps={{ autoComplete: "name" }} />
        <TextField meta={fields.contactPhone} type="tel" label={t("org.contactPhone")} hint={t("org.phoneHint")} inputProps={{ autoComplete: "tel" }} />
        <TextField meta={fields.contactEmail} type="email" label={t("org.contactEmail")} inputProps={{ autoComplete: "email" }} />
      </fieldset>
      <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{submitLabel}</Button>
    </Form>
  );
}
