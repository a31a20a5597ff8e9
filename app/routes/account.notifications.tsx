import { getCollectionProps, getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { ErrorList, FormErrors } from "~/components/ui/form";
import { requireUser } from "~/modules/auth/permissions.server";
import { DIGEST_FREQUENCIES, notificationPreferenceSchema } from "~/modules/notifications/preferences.schema";
import { getNotificationPreference, saveNotificationPreference } from "~/modules/notifications/preferences.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("mail.preferences.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email, preference: await getNotificationPreference(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: notificationPreferenceSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await saveNotificationPreference(user.id, submission.value);
  return redirectWithFlash("/account/notifications", "mail.flash.preferencesSaved");
}

export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { email, preference } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "notification-preferences",
    lastResult,
    defaultValue: { emailEnabled: preference.emailEnabled ? "on" : undefined, frequency: preference.frequency },
    constraint: getZodConstraint(notificationPreferenceSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: notificationPreferenceSchema }),
  });
  const emailEnabledProps = getInputProps(fields.emailEnabled, { type: "checkbox", ariaDescribedBy: `${fields.emailEnabled.id}-hint` });
  const frequencyOptions = getCollectionProps(fields.frequency, { type: "radio", options: [...DIGEST_FREQUENCIES] });
  return (
    <section aria-labelledby="notification-preferences-title" className="max-w-xl">
      <h2 id="notification-preferences-title" className="text-lg font-semibold">{t("mail.preferences.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("mail.preferences.intro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("mail.preferences.sentTo", { email })}</p>
      <Form method="post" {...getFormProps(form)} className="mt-4 space-y-5 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <div>
          <label className="inline-flex items-center gap-2 font-medium text-slate-800">
            <input {...emailEnabledProps} key={emailEnabledProps.key} className="h-4 w-4" />
            {t("mail.preferences.emailEnabled")}
          </label>
          <p id={`${fields.emailEnabled.id}-hint`} className="text-sm text-slate-600">{t("mail.preferences.emailEnabledHint")}</p>
          <ErrorList id={fields.emailEnabled.errorId} errors={fields.emailEnabled.errors} />
        </div>
        <fieldset className="space-y-2" aria-describedby={fields.frequency.errors?.length ? fields.frequency.errorId : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("mail.preferences.frequency")}</legend>
          {frequencyOptions.map((option) => (
            <label key={option.key} className="flex items-center gap-2 text-slate-800">
              <input {...option} key={option.key} className="h-4 w-4" />
              {t(`mail.preferences.frequencies.${option.value}`)}
            </label>
          ))}
          <ErrorList id={fields.frequency.errorId} errors={fields.frequency.errors} />
        </fieldset>
        <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{t("mail.preferences.save")}</Button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
