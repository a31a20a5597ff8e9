import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/modules/auth/permissions.server";
import { getMailboxMessage } from "~/modules/notifications/email-outbox.server";
import { mailConfigFromEnv, requireDevMailbox } from "~/modules/notifications/mail-config.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";

export const meta: MetaFunction = (args) => [...titleMeta("mail.mailbox.title")(args), { name: "robots", content: "noindex" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireDevMailbox(request, context.clientIp);
  const email = await getMailboxMessage(params.emailId ?? "");
  if (!email) throw notFound();
  return {
    from: mailConfigFromEnv().mailFrom,
    email: { ...email, createdAt: email.createdAt.toISOString(), sentAt: email.sentAt?.toISOString() ?? null },
  };
}

export default function DevMailboxMessagePage() {
  const { t, i18n } = useTranslation();
  const { email, from } = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <article aria-labelledby="mail-subject" className="space-y-4">
      <p><Link to="/dev/mailbox" className="text-brand-700 underline">{t("mail.mailbox.back")}</Link></p>
      <p role="note" className="rounded-md border-2 border-dashed border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">{t("mail.mailbox.banner")}</p>
      <h1 id="mail-subject" className="text-2xl font-semibold">{email.subject}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("mail.mailbox.from")}</dt>
        <dd>{from}</dd>
        <dt className="font-medium">{t("mail.mailbox.to")}</dt>
        <dd>{email.toAddress}</dd>
        <dt className="font-medium">{t("mail.mailbox.time")}</dt>
        <dd>{format(email.sentAt ?? email.createdAt)}</dd>
        <dt className="font-medium">{t("mail.mailbox.status")}</dt>
        <dd>{t(`mail.mailbox.statuses.${email.status}`)}</dd>
        <dt className="font-medium">{t("mail.mailbox.attempts")}</dt>
        <dd>{email.attempts}</dd>
        {email.lastError ? (
          <>
            <dt className="font-medium">{t("mail.mailbox.lastError")}</dt>
            <dd>{email.lastError}</dd>
          </>
        ) : null}
      </dl>
      <section aria-label={t("mail.mailbox.body")}>
        <pre className="whitespace-pre-wrap break-words rounded-lg bg-white p-4 font-sans text-sm shadow">{email.textBody}</pre>
      </section>
    </article>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
