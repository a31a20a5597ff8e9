import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, Honeypot, TextField } from "~/components/ui/form";
import { verifyCredentials } from "~/modules/auth/auth.server";
import { signInSchema } from "~/modules/auth/auth.schema";
import { requireAnonymous } from "~/modules/auth/permissions.server";
import { tooManyAttemptsReply } from "~/modules/auth/rate-limit-reply.server";
import { createSession, sessionCookieHeader } from "~/modules/auth/session.server";
import { msg } from "~/utils/i18n";
import { titleMeta } from "~/utils/meta";
import { readForm } from "~/utils/request.server";

export const meta: MetaFunction = titleMeta("auth.signInTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readForm(request), { schema: signInSchema });
  const limited = tooManyAttemptsReply(submission, context.authRetryAfterMinutes, ["password"]);
  if (limited) return limited;
  if (submission.status !== "success") return Response.json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const userId = await verifyCredentials(submission.value.email, submission.value.password);
  if (!userId) {
    return Response.json(submission.reply({ formErrors: [msg("auth.invalidCredentials")], hideFields: ["password"] }), { status: 401 });
  }
  const session = await createSession(userId, { userAgent: request.headers.get("user-agent"), ipAddress: context.clientIp });
  return redirect(submission.value.redirectTo, { headers: { "Set-Cookie": sessionCookieHeader(session.token, session.expiresAt) } });
}

export default function SignInPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "signin",
    lastResult,
    constraint: getZodConstraint(signInSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
  });
  return (
    <section className="mx-auto max-w-md" aria-labelledby="signin-title">
      <h1 id="signin-title" className="text-2xl font-semibold">{t("auth.signInTitle")}</h1>
      <Form method="post" {...getFormProps(form)} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField meta={fields.email} type="email" label={t("auth.email")} inputProps={{ autoComplete: "username" }} />
        <TextField meta={fields.password} type="password" label={t("auth.password")} inputProps={{ autoComplete: "current-password" }} />
        <Button type="submit" className="w-full" pending={navigation.state === "submitting"} pendingLabel={t("form.submitting")}>
          {t("auth.signInButton")}
        </Button>
        <p className="text-sm text-slate-700">
          {t("auth.noAccount")} <Link to="/signup" className="text-brand-700 underline">{t("nav.signUp")}</Link>
        </p>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
