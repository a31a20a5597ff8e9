import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { requireUser } from "~/modules/auth/permissions.server";
import { clearSessionCookieHeader, listUserSessions, revokeOtherSessions, revokeUserSession } from "~/modules/auth/session.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { useFormatDate } from "~/components/use-format-date";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("account.sessionsTab");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await listUserSessions(user.id);
  // The session id is a hash of the cookie token; it never leaves the server as-is.
  return {
    sessions: sessions.map((session, index) => ({
      key: `${index}-${session.createdAt.toISOString()}`,
      ref: session.id.slice(0, 16),
      current: session.id === user.sessionId,
      createdAt: session.createdAt.toISOString(),
      lastUsedAt: session.lastUsedAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      userAgent: session.userAgent,
      ipAddress: session.ipAddress,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (form.get("intent") === "revoke-others") {
    await revokeOtherSessions(user.id, user.sessionId);
    return redirectWithFlash("/account/sessions", "flash.sessionsRevoked");
  }
  const ref = String(form.get("ref") ?? "");
  const sessions = await listUserSessions(user.id);
  const target = /^[0-9a-f]{16}$/.test(ref) ? sessions.find((s) => s.id.startsWith(ref)) : undefined;
  if (!target) return Response.json({ messageKey: "errors.notFound" }, { status: 404 });
  await revokeUserSession(user.id, target.id);
  if (target.id === user.sessionId) {
    return redirectWithFlash("/signin", "flash.sessionRevoked", { headers: { "Set-Cookie": clearSessionCookieHeader() } });
  }
  return redirectWithFlash("/account/sessions", "flash.sessionRevoked");
}

export default function SessionsPage() {
  const { t, i18n } = useTranslation();
  const { sessions } = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="text-lg font-semibold">{t("account.sessionsTab")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("account.sessionsIntro")}</p>
      <ul className="mt-4 space-y-3">
        {sessions.map((session) => (
          <li key={session.key} className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white p-4 shadow">
            <div className="text-sm">
              <p className="font-medium">
                {session.userAgent ?? t("account.unknownDevice")}
                {session.current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">{t("account.thisDevice")}</span> : null}
              </p>
              <p className="text-slate-700">
                {t("account.sessionCreated", { date: format(session.createdAt) })} · {t("account.sessionExpires", { date: format(session.expiresAt) })}
                {session.ipAddress ? ` · ${session.ipAddress}` : ""}
              </p>
            </div>
            <Form method="post">
              <input type="hidden" name="ref" value={session.ref} />
              <Button type="submit" variant="secondary">{session.current ? t("nav.signOut") : t("account.revoke")}</Button>
            </Form>
          </li>
        ))}
      </ul>
      {sessions.length > 1 ? (
        <Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="revoke-others" />
          <Button type="submit" variant="danger">{t("account.revokeOthers")}</Button>
        </Form>
      ) : null}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
