import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, TextareaField, TextField } from "~/components/ui/form";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { checklistSchema, FIRST_UNIT_TYPES } from "~/modules/solutions/solutions.schema";
import { getFirstUnitChecklist, updateFirstUnitChecklist } from "~/modules/solutions/solutions.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("solution.firstUnit.reviewTitle");

function typeOf(value: string | undefined) {
  const type = FIRST_UNIT_TYPES.find((candidate) => candidate === value);
  if (!type) throw notFound();
  return type;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const checklist = await getFirstUnitChecklist(typeOf(params.type));
  if (!checklist) throw notFound();
  return { checklist: { ...checklist, updatedAt: checklist.updatedAt.toISOString() } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const type = typeOf(params.type);
  const submission = parseWithZod(await readForm(request), { schema: checklistSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const saved = await updateFirstUnitChecklist({ id: reviewer.id, requestId: context.requestId }, type, submission.value);
  if (!saved) throw notFound();
  return redirectWithFlash("/review/first-unit", "solution.flash.checklistSaved");
}

export default function EditChecklistPage() {
  const { t, i18n } = useTranslation();
  const { checklist } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "checklist",
    lastResult,
    defaultValue: {
      titleZh: checklist.titleZh,
      titleEn: checklist.titleEn,
      conditionsZh: checklist.conditionsZh.join("\n"),
      conditionsEn: checklist.conditionsEn.join("\n"),
      materialsZh: checklist.materialsZh.join("\n"),
      materialsEn: checklist.materialsEn.join("\n"),
    },
    constraint: getZodConstraint(checklistSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: checklistSchema }),
  });
  const hint = t("solution.firstUnit.linesHint");
  return (
    <section aria-labelledby="edit-checklist-title" className="space-y-4">
      <Link to="/review/first-unit" className="text-sm text-brand-700 underline">← {t("solution.firstUnit.reviewTitle")}</Link>
      <h1 id="edit-checklist-title" className="text-2xl font-semibold">
        {t("solution.firstUnit.editTitle", { title: i18n.language === "en" ? checklist.titleEn : checklist.titleZh })}
      </h1>
      <Form method="post" {...getFormProps(form)} className="space-y-4 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField meta={fields.titleZh} label={t("solution.firstUnit.titleZh")} inputProps={{ lang: "zh-CN" }} />
          <TextField meta={fields.titleEn} label={t("solution.firstUnit.titleEn")} inputProps={{ lang: "en" }} />
          <TextareaField meta={fields.conditionsZh} label={t("solution.firstUnit.conditionsZh")} hint={hint} textareaProps={{ rows: 8, lang: "zh-CN" }} />
          <TextareaField meta={fields.conditionsEn} label={t("solution.firstUnit.conditionsEn")} hint={hint} textareaProps={{ rows: 8, lang: "en" }} />
          <TextareaField meta={fields.materialsZh} label={t("solution.firstUnit.materialsZh")} hint={hint} textareaProps={{ rows: 8, lang: "zh-CN" }} />
          <TextareaField meta={fields.materialsEn} label={t("solution.firstUnit.materialsEn")} hint={hint} textareaProps={{ rows: 8, lang: "en" }} />
        </div>
        <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{t("form.save")}</Button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
