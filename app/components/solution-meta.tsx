// A solution's facts as badges — category, maturity, price, first-unit record and procurement flags — for the
// solutions search and a solution's page.
import { useTranslation } from "react-i18next";
import { FirstUnitBadge } from "~/components/first-unit-badge";
import { maturityStage } from "~/modules/solutions/solutions.schema";
import { formatWanRange } from "~/utils/money";

export type SolutionMetaData = {
  trl: number;
  priceMin: number;
  priceMax: number;
  independentInnovation: boolean;
  seekingInvestment: boolean;
  firstUnitType: "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION" | null;
  firstUnitStatus: "NONE" | "APPLYING" | "RECOGNISED";
  category: { nameZh: string; nameEn: string };
};

/** A solution's price range as the reader reads amounts: "50–120 万元", "500k–1.2M CNY". */
export function usePriceRangeText() {
  const { t, i18n } = useTranslation();
  return (min: number, max: number) => t("solution.field.priceRange", { range: formatWanRange(min, max, i18n.language) });
}

export function SolutionMeta({ solution, showFirstUnit = true }: { solution: SolutionMetaData; showFirstUnit?: boolean }) {
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
