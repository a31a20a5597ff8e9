import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getOptionalUser } from "~/modules/auth/permissions.server";
import { verifiedOrganizationCounts } from "~/modules/orgs/orgs.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => [
  ...titleMeta("home.title")(args),
  { name: "description", content: "日照市新技术新产品应用场景供需对接平台 — the city's application-scenario marketplace." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, counts] = await Promise.all([getOptionalUser(request), verifiedOrganizationCounts()]);
  return { signedIn: !!user, hasOrg: !!user?.memberships.length, counts };
}

const ROLES = ["SOE", "TECH_FIRM", "INVESTOR"] as const;

export default function HomePage() {
  const { t } = useTranslation();
  const { signedIn, hasOrg, counts } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-10">
      <section aria-labelledby="hero-title" className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-12 text-white">
        <h1 id="hero-title" className="text-3xl font-bold md:text-4xl">{t("home.title")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-blue-50">{t("home.tagline")}</p>
        <p className="mt-2 max-w-2xl text-blue-50">{t("home.intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {!signedIn ? (
            <>
              <Link to="/signup" className="rounded-md bg-white px-5 py-2.5 font-medium text-brand-800">{t("home.ctaSignUp")}</Link>
              <Link to="/signin" className="rounded-md border border-white px-5 py-2.5 font-medium text-white">{t("nav.signIn")}</Link>
            </>
          ) : hasOrg ? (
            <Link to="/orgs" className="rounded-md bg-white px-5 py-2.5 font-medium text-brand-800">{t("nav.myOrgs")}</Link>
          ) : (
            <Link to="/orgs/new" className="rounded-md bg-white px-5 py-2.5 font-medium text-brand-800">{t("org.createButton")}</Link>
          )}
        </div>
      </section>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-xl font-semibold">{t("home.rolesTitle")}</h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {ROLES.map((role) => (
            <li key={role} className="rounded-lg bg-white p-5 shadow">
              <h3 className="font-semibold">{t(`home.roles.${role}.title`)}</h3>
              <p className="mt-2 text-slate-700">{t(`home.roles.${role}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-xl font-semibold">{t("home.stepsTitle")}</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {[1, 2, 3, 4].map((step) => (
            <li key={step} className="rounded-lg bg-white p-5 shadow">
              <p className="text-sm font-semibold text-brand-700">{t("home.stepLabel", { step })}</p>
              <p className="mt-1 font-medium">{t(`home.steps.${step}.title`)}</p>
              <p className="mt-1 text-sm text-slate-700">{t(`home.steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-xl font-semibold">{t("home.figuresTitle")}</h2>
        <dl className="mt-4 grid gap-4 md:grid-cols-4">
          {(["SOE", "TECH_FIRM", "INVESTOR", "GOVERNMENT"] as const).map((kind) => (
            <div key={kind} className="rounded-lg bg-white p-5 text-center shadow">
              <dt className="text-sm text-slate-700">{t(`orgKind.${kind}`)}</dt>
              <dd className="mt-1 text-3xl font-bold text-brand-700">{counts[kind] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
