// The error view every route uses: expected errors (HTTP responses) explain themselves in the reader's
// language; unexpected ones show a short apology, never a stack trace.
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { translateMessage } from "~/utils/i18n";
import { errorTitle } from "~/utils/meta";

export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const title = errorTitle(t, error);
  let detail = t("errors.unexpected");
  if (isRouteErrorResponse(error)) {
    const key = typeof error.data === "object" && error.data && "messageKey" in error.data ? String(error.data.messageKey) : null;
    if (key) detail = translateMessage(t, key);
    else if (error.status === 404) detail = t("errors.notFound");
    else if (error.status === 403) detail = t("errors.forbidden");
    // A form posted to a page without an action (Remix's own 405): the request's mistake, not a fault of ours.
    else if (error.status === 405) detail = t("errors.methodNotAllowed");
  }
  return (
    <section className="mx-auto max-w-xl py-12 text-center" aria-labelledby="error-title">
      <h1 id="error-title" className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{detail}</p>
      <p className="mt-6">
        <Link to="/" className="text-brand-700 underline">{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
