import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, SelectField, TextField } from "~/components/ui/form";
import { updateProfile } from "~/modules/auth/auth.server";
import { profileSchema } from "~/modules/auth/auth.schema";
import { requireUser } from "~/modules/auth/permissions.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("account.profileTab");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { name: user.name, email: user.email, locale: user.locale };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: profileSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await updateProfile(user.id, submission.value);
  return redirectWithFlash("/account", "flash.profileSaved");
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "profile",
    lastResult,
    defaultValue: { name: data.name, locale: data.locale },
    constraint: getZodConstraint(profileSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
  });
  return (
    <section aria-labelledby="profile-title" className="max-w-lg">
      <h2 id="profile-title" className="text-lg font-semibold">{t("account.profileTab")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("account.signedInAs", { email: data.email })}</p>
      <Form method="post" {...getFormProps(form)} className="mt-4 space-y-4 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.name} label={t("auth.name")} inputProps={{ autoComplete: "name" }} />
        <SelectField meta={fields.locale} label={t("account.language")} options={[{ value: "zh", label: "简体中文" }, { value: "en", label: "English" }]} />
        <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{t("form.save")}</Button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
