import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/modules/auth/permissions.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function AccountLayout() {
  const { t } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) =>
    `rounded px-3 py-1.5 text-sm ${isActive ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50"}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
      <nav aria-label={t("account.nav")} className="flex flex-wrap gap-2">
        <NavLink to="/account" end className={tab}>{t("account.profileTab")}</NavLink>
        <NavLink to="/account/password" className={tab}>{t("account.passwordTab")}</NavLink>
        <NavLink to="/account/sessions" className={tab}>{t("account.sessionsTab")}</NavLink>
        <NavLink to="/account/notifications" className={tab}>{t("mail.preferences.title")}</NavLink>
      </nav>
      <Outlet />
    </div>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
