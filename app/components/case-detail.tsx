// The body of a case: scenario, winning firm, solution with its first-unit record, outcome, figures, photos.
// Shared by the public showcase and the reviewer's decision page.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ScenarioStatus } from "~/generated/prisma/enums.ts";
import { PUBLIC_SCENARIO_STATUSES } from "~/modules/scenarios/scenario-transitions";
import { isPublicSolution } from "~/modules/solutions/solution-transitions";
import { BidFirstUnitLabel } from "./bid-status";
import { ContentText, MixedText, useContentLang } from "./content-text";

export type CaseDetailData = {
  outcome: string;
  figures: { label: string; value: string }[];
  scenario: { id: string; title: string; status: ScenarioStatus; org: { name: string }; category: { nameZh: string; nameEn: string } };
  bid: {
    org: { name: string; tier: string | null };
    solution: { id: string; title: string; status: string; hidden: boolean; org: { verificationStatus: string }; firstUnitType: string | null; firstUnitStatus: string; firstUnitCertificate: string | null; firstUnitYear: number | null } | null;
  };
};

export function CaseDetail({ data, photos, linkScenario }: { data: CaseDetailData; photos: { id: string; fileName: string; mimeType: string }[]; linkScenario: boolean }) {
  const { t, i18n } = useTranslation();
  const solution = data.bid.solution;
  const langOf = useContentLang();
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("caseStudy.detail.scenario")}</dt>
          <dd>
            {/* No link to a page its reader would find gone (an archived scenario or solution). */}
            {linkScenario && PUBLIC_SCENARIO_STATUSES.includes(data.scenario.status) ? <Link to={`/scenarios/${data.scenario.id}`} className="text-brand-700 underline"><ContentText text={data.scenario.title} /></Link> : <ContentText text={data.scenario.title} />}
            <span className="ml-2 text-sm text-slate-600">{i18n.language === "zh" ? data.scenario.category.nameZh : data.scenario.category.nameEn}</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("caseStudy.detail.owner")}</dt>
          <dd lang={langOf(data.scenario.org.name)}>{data.scenario.org.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("caseStudy.detail.firm")}</dt>
          <dd><ContentText text={data.bid.org.name} />{data.bid.org.tier ? <span className="ml-2 text-sm text-slate-600">{t(`tier.${data.bid.org.tier}`)}</span> : null}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("caseStudy.detail.solution")}</dt>
          <dd className="space-y-1">
            {solution ? (
              <>
                {isPublicSolution(solution) ? <Link to={`/solutions/${solution.id}`} className="text-brand-700 underline"><ContentText text={solution.title} /></Link> : <ContentText text={solution.title} />}{" "}
                <BidFirstUnitLabel type={solution.firstUnitType} status={solution.firstUnitStatus} />
                {solution.firstUnitCertificate ? (
                  <p className="text-sm text-slate-600"><MixedText text={t("caseStudy.detail.certificate", { number: solution.firstUnitCertificate, year: solution.firstUnitYear ?? "—" })} /></p>
                ) : null}
              </>
            ) : (
              "—"
            )}
          </dd>
        </div>
      </dl>
      {data.figures.length > 0 ? (
        <div>
          <h2 className="text-lg font-semibold">{t("caseStudy.detail.figures")}</h2>
          <dl className="mt-2 grid gap-3 sm:grid-cols-2 md:grid-cols-3">
            {data.figures.map((figure, index) => (
              <div key={index} className="rounded-lg bg-white p-4 shadow">
                <dt lang={langOf(figure.label)} className="text-sm text-slate-600">{figure.label}</dt>
                <dd lang={langOf(figure.value)} className="text-xl font-semibold text-brand-800">{figure.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <div>
        <h2 className="text-lg font-semibold">{t("caseStudy.detail.outcome")}</h2>
        <p lang={langOf(data.outcome)} className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-white p-6 shadow">{data.outcome}</p>
      </div>
      <div>
        <h2 className="text-lg font-semibold">{t("caseStudy.detail.photos")}</h2>
        {photos.length === 0 ? (
          <p className="text-slate-700">{t("caseStudy.detail.noPhotos")}</p>
        ) : (
          <ul className="mt-2 grid gap-3 sm:grid-cols-2 md:grid-cols-3">
            {photos.map((photo) => (
              <li key={photo.id}>
                <a href={`/attachments/${photo.id}`}>
                  <img src={`/attachments/${photo.id}`} alt={photo.fileName} lang={langOf(photo.fileName)} loading="lazy" className="h-48 w-full rounded-lg object-cover shadow" />
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
