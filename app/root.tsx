import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useMatches,
  useNavigation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { ContentText, MixedText, useContentLang } from "~/components/content-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FlashProvider, useCurrentFlash, type FlashHandle } from "~/components/flash";
import { Alert } from "~/components/ui/alert";
import { getOptionalUser, isReviewer } from "~/modules/auth/permissions.server";
import { countUnread } from "~/modules/notifications/notifications.server";
import { createI18n, DEFAULT_LOCALE, isLocale, translateMessage, type Locale } from "~/utils/i18n";
import { getLocale, languageLinkRedirect } from "~/utils/locale.server";
import { useNonce } from "~/utils/nonce-provider";
import { readFlash } from "~/utils/request.server";
import { sessionCookieHeader, SESSION_COOKIE, readCookie } from "~/modules/auth/session.server";
import stylesheet from "~/tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "SceneBridge 场景桥" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const languageLink = await languageLinkRedirect(request);
  if (languageLink) throw languageLink;
  const [user, locale, flash] = await Promise.all([getOptionalUser(request), getLocale(request), readFlash(request)]);
  const headers = new Headers();
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie);
  // Sliding expiry: when the session was renewed, send the cookie again with the new expiry.
  const token = readCookie(request, SESSION_COOKIE);
  if (user?.session.renewed && token) headers.append("Set-Cookie", sessionCookieHeader(token, user.session.expiresAt));
  const unread = user ? await countUnread(user.id) : 0;
  return Response.json(
    {
      locale,
      flash: flash.message,
      unread,
      user: user
        ? {
            name: user.name,
            email: user.email,
            reviewer: isReviewer(user),
            activeOrgId: user.activeOrgId,
            orgs: user.memberships.map((m) => ({ id: m.org.id, name: m.org.name, role: m.role, status: m.org.verificationStatus })),
          }
        : null,
    },
    { headers },
  );
}

type RootData = {
  locale: Locale;
  flash: string | null;
  unread: number;
  user: null | {
    name: string;
    email: string;
    reviewer: boolean;
    activeOrgId: string | null;
    orgs: { id: string; name: string; role: string; status: string }[];
  };
};

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root") as RootData | undefined;
}

function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  const nonce = useNonce();
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-slate-50 font-sans text-slate-900">
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function LanguageSwitch({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  const other: Locale = locale === "zh" ? "en" : "zh";
  return (
    <Form method="post" action="/locale" reloadDocument>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="rounded border border-white/60 px-2 py-1 text-sm text-white hover:bg-white/10" lang={other === "zh" ? "zh-CN" : "en"}>
        {t("header.switchLanguage")}
      </button>
    </Form>
  );
}

function OrgSwitcher({ user }: { user: NonNullable<RootData["user"]> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const langOf = useContentLang();
  if (user.orgs.length < 2) return null;
  return (
    <Form method="post" action="/orgs/switch" className="flex items-center gap-1">
      <label htmlFor="active-org" className="sr-only">{t("header.activeOrg")}</label>
      <select id="active-org" name="orgId" defaultValue={user.activeOrgId ?? undefined} className="max-w-48 rounded border border-white/60 bg-brand-800 px-2 py-1 text-sm text-white">
        {user.orgs.map((org) => (
          <option key={org.id} value={org.id} lang={langOf(org.name)}>{org.name}</option>
        ))}
      </select>
      <input type="hidden" name="redirectTo" value={location.pathname} />
      <button type="submit" className="rounded border border-white/60 px-2 py-1 text-sm text-white hover:bg-white/10">{t("header.switchOrg")}</button>
    </Form>
  );
}

function Header({ data }: { data: RootData }) {
  const { t } = useTranslation();
  const navClass = ({ isActive }: { isActive: boolean }) => `rounded px-2 py-1 text-white hover:bg-white/10 ${isActive ? "underline underline-offset-4" : ""}`;
  return (
    <header className="bg-brand-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-lg font-semibold text-white">{t("brand")}</Link>
        <nav aria-label={t("header.mainNav")} className="flex flex-wrap items-center gap-1 text-sm">
          <NavLink to="/" end className={navClass}>{t("nav.home")}</NavLink>
          <NavLink to="/scenarios" className={navClass}>{t("nav.scenarios")}</NavLink>
          <NavLink to="/solutions" className={navClass}>{t("nav.solutions")}</NavLink>
          <NavLink to="/cases" className={navClass}>{t("nav.cases")}</NavLink>
          {data.user ? <NavLink to="/workspace" className={navClass}>{t("nav.workspace")}</NavLink> : null}
          {data.user ? <NavLink to="/orgs" className={navClass}>{t("nav.myOrgs")}</NavLink> : null}
          {data.user?.reviewer ? <NavLink to="/review" className={navClass}>{t("nav.review")}</NavLink> : null}
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {data.user ? <OrgSwitcher user={data.user} /> : null}
          <LanguageSwitch locale={data.locale} />
          {data.user ? (
            <>
              <Link to="/notifications" className="rounded px-2 py-1 text-white hover:bg-white/10">
                {t("nav.notifications")}
                {data.unread > 0 ? (
                  <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-semibold text-brand-800">
                    {data.unread}
                    <span className="sr-only"> {t("nav.unread")}</span>
                  </span>
                ) : null}
              </Link>
              <Link to="/account" className="rounded px-2 py-1 text-white hover:bg-white/10"><ContentText text={data.user.name} /></Link>
              <Form method="post" action="/signout">
                <button type="submit" className="rounded px-2 py-1 text-white hover:bg-white/10">{t("nav.signOut")}</button>
              </Form>
            </>
          ) : (
            <>
              <Link to="/signin" className="rounded px-2 py-1 text-white hover:bg-white/10">{t("nav.signIn")}</Link>
              <Link to="/signup" className="rounded bg-white px-2 py-1 font-medium text-brand-800">{t("nav.signUp")}</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

function Shell({ data, children }: { data: RootData; children: ReactNode }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const location = useLocation();
  const flashRef = useRef<HTMLDivElement>(null);
  // Kept until the location changes, and provided to the page, which may show it itself (FlashHandle).
  const flash = useCurrentFlash(data.flash);
  // A page may show a flash itself, where the user lands (FlashHandle): then it is not shown (nor announced) here too.
  const matches = useMatches();
  const flashShownByPage = flash ? matches.some((match) => (match.handle as FlashHandle | undefined)?.showsFlash?.(flash)) : false;
  useEffect(() => {
    // After a navigation that took the focus away — the button pressed is gone (an invitation sent), or another
    // page opened after a form's redirect — a keyboard or screen-reader user would continue from the top of
    // the document. Focus goes where the navigation points instead: the part of the page its #fragment names,
    // else the flash that confirms what was just done. Focus the user put somewhere is left alone — unless it is on
    // a control that is disabled or gone by now (a rebuild's button, disabled while the rebuild runs), which the
    // browser blurs a moment later: checked then, the flash lost the focus whenever the blur came late.
    const active = document.activeElement as (HTMLElement & { disabled?: boolean }) | null;
    if (active && active !== document.body && active.isConnected && !active.disabled) return;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    } else if (flash) flashRef.current?.focus();
  }, [flash, location.key, location.hash]);
  return (
    <>
      <a href="#main" className="skip-link">{t("skipToContent")}</a>
      <Header data={data} />
      {navigation.state !== "idle" ? (
        <div role="progressbar" aria-label={t("loading")} className="h-1 w-full animate-pulse bg-brand-600" />
      ) : null}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {flash && !flashShownByPage ? (
          <div ref={flashRef} tabIndex={-1} className="mb-4">
            {/* A flash may quote user content (a firm's name): on English pages its Chinese is marked zh-CN. */}
            <Alert tone="success"><MixedText text={translateMessage(t, flash)} /></Alert>
          </div>
        ) : null}
        <FlashProvider value={flash}>{children}</FlashProvider>
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">{t("footer.text")}</div>
      </footer>
    </>
  );
}

export default function App() {
  const data = useLoaderData<typeof loader>() as RootData;
  return (
    <Document locale={data.locale}>
      <Shell data={data}>
        <Outlet />
      </Shell>
    </Document>
  );
}

export function ErrorBoundary() {
  const data = useRootData();
  const locale = data && isLocale(data.locale) ? data.locale : DEFAULT_LOCALE;
  const fallback: RootData = data ?? { locale, flash: null, unread: 0, user: null };
  return (
    <Document locale={locale}>
      <Shell data={{ ...fallback, flash: null }}>
        <GeneralErrorBoundary />
      </Shell>
    </Document>
  );
}
