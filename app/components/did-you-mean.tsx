import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MixedText } from "./content-text";

/**
 * "您是不是要找：无人机" — a search's suggested query (suggestionCandidate in browse.server.ts), as a link to the
 * same page searching for it: the user sees what will be searched instead of having it searched behind their
 * back. Shared by the browse pages and the invite page, which say it in the same words. (A browse page whose
 * words found nothing searches the suggestion instead and says so: searchInsteadHref in browse.ts.)
 */
export function DidYouMean({ suggestion, to }: { suggestion: string; to: string }) {
  const { t } = useTranslation();
  return (
    <p className="text-slate-900">
      {t("search.didYouMean")}
      <Link to={to} className="font-semibold text-brand-700 underline"><MixedText text={suggestion} /></Link>
    </p>
  );
}
