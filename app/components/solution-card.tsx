// One solution in a list: title, firm, maturity, price and its first-unit and procurement badges.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FirstUnitBadge } from "~/components/first-unit-badge";
import { maturityStage } from "~/modules/solutions/solutions.schema";
import { formatWan } from "~/utils/money";
import { ContentText } from "~/components/content-text";

export type SolutionCardData = {
  id: string;
  title: string;
  summary: string;
  trl: number;
  priceMin: number;
  priceMax: number;
  independentInnovation: boolean;
  seekingInvestment: boolean;
  firstUnitType: "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION" | null;
  firstUnitStatus: "NONE" | "APPLYING" | "RECOGNISED";
  category: { nameZh: string; nameEn: string };
  org: { name: string };
};

/** A solution's price range as the reader reads amounts: "50–120 万元", "500k–1.2M CNY". */
export function usePriceRangeText() {
  const { t, i18n } = useTranslation();
  return (min: number, max: number) => t("solution.field.priceRange", { min: formatWan(min, i18n.language), max: formatWan(max, i18n.language) });
}

export function SolutionMeta({ solution, showFirstUnit = true }: { solution: SolutionCardData; showFirstUnit?: boolean }) {
  const priceRange = usePriceRangeText();
  const { t, i18n } = useTranslation();
  return (
    <ul className="flex flex-wrap items-center gap-2 text-xs">
      <li className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{i18n.language === "en" ? solution.category.nameEn : solution.category.nameZh}</li>
      <li className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
        {t("solution.field.trlValue", { trl: solution.trl, stage: t(`solution.maturityStage.${maturityStage(solution.trl)}`) })}
      </li>
      <li className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{priceRange(solution.priceMin, solution.priceMax)}</li>
      {showFirstUnit && solution.firstUnitStatus !== "NONE" ? (
        <li>
          <FirstUnitBadge type={solution.firstUnitType} status={solution.firstUnitStatus} />
        </li>
      ) : null}
      {solution.independentInnovation ? <li className="rounded bg-green-100 px-2 py-0.5 text-green-900">{t("solution.flags.independentInnovation")}</li> : null}
      {solution.seekingInvestment ? <li className="rounded bg-blue-100 px-2 py-0.5 text-blue-900">{t("solution.flags.seekingInvestment")}</li> : null}
    </ul>
  );
}

export function SolutionCard({ solution }: { solution: SolutionCardData }) {
  const { t } = useTranslation();
  return (
    <article className="space-y-2 rounded-lg bg-white p-5 shadow">
      <h2 className="text-lg font-semibold">
        <Link to={`/solutions/${solution.id}`} className="text-brand-700 underline">
          {solution.title}
        </Link>
      </h2>
      <p className="text-sm text-slate-600">
        {t("solution.fromOrg")}
        <ContentText text={solution.org.name} />
      </p>
      <p className="text-slate-800">{solution.summary}</p>
      <SolutionMeta solution={solution} />
    </article>
  );
}
