import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, TextField } from "~/components/ui/form";
import { changePassword } from "~/modules/auth/auth.server";
import { changePasswordSchema } from "~/modules/auth/auth.schema";
import { requireUser } from "~/modules/auth/permissions.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("account.passwordTab");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: changePasswordSchema });
  if (submission.status !== "success") return Response.json(submission.reply({ hideFields: PASSWORD_FIELDS }), { status: 400 });
  const result = await changePassword({ userId: user.id, sessionId: user.sessionId, ...submission.value });
  if (result === "wrong-password") {
    return Response.json(submission.reply({ fieldErrors: { currentPassword: [msg("auth.wrongCurrentPassword")] }, hideFields: PASSWORD_FIELDS }), { status: 400 });
  }
  return redirectWithFlash("/account/password", "flash.passwordChanged");
}

export default function PasswordPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "password",
    lastResult,
    constraint: getZodConstraint(changePasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
  });
  return (
    <section aria-labelledby="password-title" className="max-w-lg">
      <h2 id="password-title" className="text-lg font-semibold">{t("account.passwordTab")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("account.passwordIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="mt-4 space-y-4 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.currentPassword} type="password" label={t("account.currentPassword")} inputProps={{ autoComplete: "current-password" }} />
        <TextField meta={fields.newPassword} type="password" label={t("account.newPassword")} hint={t("auth.passwordHint")} inputProps={{ autoComplete: "new-password" }} />
        <TextField meta={fields.confirmPassword} type="password" label={t("auth.confirmPassword")} inputProps={{ autoComplete: "new-password" }} />
        <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{t("account.changePassword")}</Button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
