// Where links in emails point and how mail leaves the process, from the validated environment.
import { forbidden, getOptionalUser, notFound, requireUser } from "~/modules/auth/permissions.server";
import { devMailboxEnabled, getEnv } from "~/utils/env.server";
import { devMailboxAccess } from "./dev-mailbox-access";

/** The public address of the site: APP_URL, or this machine when none is configured. */
export function appBaseUrl(): string {
  const env = getEnv();
  return env.APP_URL ?? `http://localhost:${env.PORT}`;
}

export type MailConfig = { smtpUrl: string | null; mailFrom: string; devMailbox: boolean };

export function mailConfigFromEnv(): MailConfig {
  const env = getEnv();
  return { smtpUrl: env.SMTP_URL ?? null, mailFrom: env.MAIL_FROM, devMailbox: devMailboxEnabled(env) };
}

/** Throws the right response unless this request (from `clientIp`, the load context's) may see the dev mailbox. */
export async function requireDevMailbox(request: Request, clientIp: string | null): Promise<void> {
  const env = getEnv();
  const access = devMailboxAccess({ enabled: devMailboxEnabled(env), nodeEnv: env.NODE_ENV, user: await getOptionalUser(request), clientIp });
  if (access === "not-found") throw notFound();
  if (access === "sign-in") await requireUser(request);
  if (access === "forbidden") throw forbidden();
}
