import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, Honeypot, TextField } from "~/components/ui/form";
import { EmailTakenError, signUp } from "~/modules/auth/auth.server";
import { signUpSchema } from "~/modules/auth/auth.schema";
import { requireAnonymous } from "~/modules/auth/permissions.server";
import { tooManyAttemptsReply } from "~/modules/auth/rate-limit-reply.server";
import { createSession, sessionCookieHeader } from "~/modules/auth/session.server";
import { getLocale } from "~/utils/locale.server";
import { msg } from "~/utils/i18n";
import { titleMeta } from "~/utils/meta";
import { readForm } from "~/utils/request.server";

export const meta: MetaFunction = titleMeta("auth.signUpTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: signUpSchema });
  const hide = ["password", "confirmPassword"];
  const limited = tooManyAttemptsReply(submission, context.authRetryAfterMinutes, hide);
  if (limited) return limited;
  if (submission.status !== "success") return Response.json(submission.reply({ hideFields: hide }), { status: 400 });
  const { name, email, password, redirectTo } = submission.value;
  try {
    const user = await signUp({ name, email, password, locale: await getLocale(request) });
    const session = await createSession(user.id, { userAgent: request.headers.get("user-agent"), ipAddress: context.clientIp });
    return redirect(redirectTo === "/" ? "/orgs" : redirectTo, { headers: { "Set-Cookie": sessionCookieHeader(session.token, session.expiresAt) } });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return Response.json(submission.reply({ fieldErrors: { email: [msg("auth.emailTaken")] }, hideFields: hide }), { status: 409 });
    }
    throw error;
  }
}

export default function SignUpPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    constraint: getZodConstraint(signUpSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signUpSchema }),
  });
  return (
    <section className="mx-auto max-w-md" aria-labelledby="signup-title">
      <h1 id="signup-title" className="text-2xl font-semibold">{t("auth.signUpTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("auth.signUpIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField meta={fields.name} label={t("auth.name")} inputProps={{ autoComplete: "name" }} />
        <TextField meta={fields.email} type="email" label={t("auth.email")} inputProps={{ autoComplete: "email" }} />
        <TextField meta={fields.password} type="password" label={t("auth.password")} hint={t("auth.passwordHint")} inputProps={{ autoComplete: "new-password" }} />
        <TextField meta={fields.confirmPassword} type="password" label={t("auth.confirmPassword")} inputProps={{ autoComplete: "new-password" }} />
        <Button type="submit" className="w-full" pending={navigation.state === "submitting"} pendingLabel={t("form.submitting")}>
          {t("auth.signUpButton")}
        </Button>
        <p className="text-sm text-slate-700">
          {t("auth.haveAccount")} <Link to="/signin" className="text-brand-700 underline">{t("nav.signIn")}</Link>
        </p>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
