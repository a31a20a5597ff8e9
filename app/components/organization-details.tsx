// The organisation profile as a description list, shown to members and to reviewers.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ContentText, useContentLang } from "./content-text";

export type OrganizationDetailsData = {
  kind: string;
  uscc: string;
  district: string;
  tier: string | null;
  flags: string[];
  website?: string;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

export function OrganizationDetails({ org, extraRows = [], children }: { org: OrganizationDetailsData; extraRows?: [string, ReactNode][]; children?: ReactNode }) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  const rows: [string, ReactNode][] = [
    [t("org.kind"), t(`orgKind.${org.kind}`)],
    [t("org.uscc"), org.uscc],
    [t("org.district"), t(`districts.${org.district}`)],
    [t("org.tier"), org.tier ? t(`tier.${org.tier}`) : t("org.tierNone")],
    [t("org.flags"), org.flags.length ? org.flags.map((flag) => t(`orgFlag.${flag}`)).join(t("listSeparator")) : "—"],
    ...(org.website !== undefined ? ([[t("org.website"), org.website || "—"]] as [string, ReactNode][]) : []),
    [t("org.contactName"), <ContentText key="contact" text={org.contactName} />],
    [t("org.contactPhone"), org.contactPhone],
    [t("org.contactEmail"), org.contactEmail],
    ...extraRows,
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
      <div className="md:col-span-2">
        <dt className="text-sm text-slate-600">{t("org.description")}</dt>
        <dd lang={org.description ? langOf(org.description) : undefined} className="whitespace-pre-wrap break-words">{org.description || "—"}</dd>
      </div>
      {children}
    </dl>
  );
}
