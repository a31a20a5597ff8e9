// The matching panels: recommended solutions for an SOE's scenario (its page and its invite page) and
// recommended open scenarios on a technology firm's dashboard and on each of its solutions' pages. Each item
// says why it was recommended in one line, rendered from the scoring's reasons in the page's language.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ReactNode } from "react";
import type { InviteBlocker } from "~/modules/bids/bids.server";
import type { InviteSource } from "~/modules/bids/invite-source";
import { RECOMMENDED_SOLUTIONS_ANCHOR, bidFormPath, invitationPath } from "~/modules/bids/invite-source";
import { explainMatch } from "~/modules/matching/explain";
import type { Reason } from "~/modules/matching/score";
import { maturityStage } from "~/modules/solutions/solutions.schema";
import type { RecommendationPanel } from "~/modules/matching/recommendation-panel";
import { InvitableSolutionItem, type InviteReply } from "./invite-solution-form";
import { BudgetRange, DeadlineText } from "./scenario-badges";
import { Alert, ALERT_TONES } from "./ui/alert";
import { useFlash, type FlashHandle } from "./flash";
import { parseMessage, translateMessage } from "~/utils/i18n";
import { ContentText, MixedText } from "~/components/content-text";

/**
 * For the pages an owner returns to after inviting (the scenario page, the invite page): they show the
 * confirmation themselves, in the section the owner lands on (#fragment) — the top of the page, where the root
 * shows other flashes, is off screen there on a phone — so they claim it in their route `handle`.
 */
export const INVITED_FLASH_HANDLE: FlashHandle = { showsFlash: (flash) => flash.startsWith("bid.flash.invited") };

/** The invitation just sent ("已邀请XX公司参与揭榜") in this page's language, and the section it came from; or null. */
export function useInvitedFlash(): { message: string; section: "search" | "recommended" } | null {
  const { t } = useTranslation();
  const flash = useFlash(); // the root's reading, kept across revalidations of this page as the root keeps it
  if (!flash || !INVITED_FLASH_HANDLE.showsFlash?.(flash)) return null;
  return { message: translateMessage(t, flash), section: parseMessage(flash).params.section === "search" ? "search" : "recommended" };
}

/** The confirmation as a section's status line shows it (success colours; a firm's name marked with its language). */
export function InvitedConfirmation({ message }: { message: string }) {
  return <span className={`mb-2 block rounded-md border p-3 text-sm ${ALERT_TONES.success}`}><MixedText text={message} /></span>;
}

export type SolutionRecommendation = {
  id: string;
  title: string;
  orgName: string;
  firstUnitType: string | null;
  firstUnitStatus: string;
  trl: number;
  reasons: Reason[];
  invited: boolean;
  /** The firm's other recommended solutions: it is invited once, so it has one row. */
  moreFromFirm: { id: string; title: string }[];
};

export type ScenarioRecommendation = {
  id: string;
  title: string;
  orgName: string;
  deadline: string;
  daysLeft: number;
  budgetMin: number;
  budgetMax: number;
  solution: { id: string; title: string; draft: boolean };
  /** The firm's other solutions the scenario was recommended for (named on the dashboard's card). */
  alsoMatches: { id: string; title: string; draft: boolean }[];
  invitationId: string | null;
  reasons: Reason[];
};

type Panel<T> = RecommendationPanel<T>;

/**
 * Records' titles as links, separated as the language lists things ("A、B" / "A, B"); a draft among them marked (a QA
 * review: the firm's draft was named beside the match unmarked).
 */
function LinkedTitles({ records, href }: { records: { id: string; title: string; draft?: boolean }[]; href: (id: string) => string }) {
  const { t } = useTranslation();
  return records.map((record, i) => (
    <span key={record.id}>
      {i > 0 ? t("listSeparator") : null}
      <Link to={href(record.id)} className="text-brand-700 underline"><ContentText text={record.title} /></Link>
      {record.draft ? <span className="text-slate-700">{t("matching.scenarios.draftMark")}</span> : null}
    </span>
  ));
}

/** "该企业的其他相关方案：A、B" under a firm's best solution: an invitation goes to the firm, whichever it names. */
function MoreFromFirm({ solutions }: { solutions: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  if (solutions.length === 0) return null;
  return (
    <p className="mt-1 break-words text-sm text-slate-700">
      {t("matching.solutions.moreFromFirm")}
      <LinkedTitles records={solutions} href={(id) => `/solutions/${id}`} />
    </p>
  );
}

/**
 * "推荐理由：共同关键词：无人机、巡检；同属低空应用", and below it what speaks against the match
 * ("需留意：起价 900 万元远超预算上限 150 万元"); each line only when there is something to say.
 */
/** `ofDraft`: the title of the firm's draft the reasons are about, where the card bids with another solution. */
function WhyLine({ reasons, ofDraft }: { reasons: Reason[]; ofDraft?: string }) {
  const { t, i18n } = useTranslation();
  const { why, cautions } = explainMatch(reasons, t, i18n.language === "en" ? "en" : "zh");
  return (
    <>
      {why ? (
        <p className="mt-2 break-words text-sm text-slate-800">
          <span className="font-medium">{ofDraft === undefined ? t("matching.why") : <MixedText text={t("matching.whyOfDraft", { solution: ofDraft })} />}</span>
          <MixedText text={why} />
        </p>
      ) : null}
      {cautions ? (
        <p className="mt-1 break-words text-sm text-amber-900">
          <span className="font-medium">{t("matching.cautions")}</span>
          <MixedText text={cautions} />
        </p>
      ) : null}
    </>
  );
}

/** Why the scenario page's recommendations carry no invite forms: hidden is not "not open yet" (a QA review). */
const NOT_INVITING = {
  hidden: "matching.solutions.hidden",
  closed: "matching.solutions.notOpen",
  ownerNotVerified: "bid.errors.inviterNotVerified",
} as const satisfies Record<InviteBlocker, string>;

/**
 * Recommended solutions with an invite form each (when the scenario is open for bids). `variant` "scenario"
 * is the compact panel on the scenario's page with a link to the invite page; "invite" is the section on it.
 */
export function SolutionRecommendations({
  scenarioId,
  panel,
  blocker,
  editable = false,
  variant,
  replyFor,
  status,
}: {
  scenarioId: string;
  panel: Panel<SolutionRecommendation>;
  /** Why nobody can be invited now (inviteBlocker), or null: the invite forms are shown only then. */
  blocker: InviteBlocker | null;
  /**
   * The owner may still change the scenario (a draft, or sent back): an empty panel then suggests better tags and
   * description. A published one cannot be changed, and its empty panel says why it may be empty instead.
   */
  editable?: boolean;
  variant: "scenario" | "invite";
  replyFor?: (solutionId: string) => InviteReply | undefined;
  /** A polite live region under the intro, present before it says anything: an invitation sent from here. */
  status?: ReactNode;
}) {
  const { t } = useTranslation();
  const open = blocker === null;
  const source: InviteSource = variant === "scenario" ? "scenario" : "recommended";
  const headingId = `${RECOMMENDED_SOLUTIONS_ANCHOR}-title`;
  return (
    <section id={RECOMMENDED_SOLUTIONS_ANCHOR} aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-6 shadow">
      <h2 id={headingId} className="text-lg font-semibold">
        {variant === "scenario" ? t("matching.solutions.title") : t("matching.solutions.inviteTitle")}
      </h2>
      <p className="text-sm text-slate-700">{variant === "scenario" ? t("matching.solutions.intro") : t("matching.solutions.inviteIntro")}</p>
      <p role="status">{status}</p>
      {panel.ended ? (
        <p className="rounded-md border border-dashed border-slate-400 p-4 text-slate-700">{t("matching.solutions.ended")}</p>
      ) : !panel.available ? (
        <Alert tone="warning">{t("matching.unavailable")}</Alert>
      ) : panel.items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-400 p-4 text-slate-700">
          {t(editable ? "matching.solutions.empty" : open ? "matching.solutions.emptyPublished" : "matching.solutions.emptyNotOpen")}
        </p>
      ) : (
        <>
          {!open && variant === "scenario" ? (
            <p className="text-sm text-slate-700">{t(NOT_INVITING[blocker!])}</p>
          ) : null}
          <ol className="space-y-3">
            {panel.items.map((solution) => (
              <InvitableSolutionItem
                key={solution.id}
                scenarioId={scenarioId}
                solution={solution}
                open={open}
                source={source}
                idPrefix={`rec-${variant}`}
                reply={replyFor?.(solution.id)}
                collapsibleMessage={variant === "scenario"}
                details={<span>{t("solution.field.trlValue", { trl: solution.trl, stage: t(`solution.maturityStage.${maturityStage(solution.trl)}`) })}</span>}
              >
                <WhyLine reasons={solution.reasons} />
                <MoreFromFirm solutions={solution.moreFromFirm} />
              </InvitableSolutionItem>
            ))}
          </ol>
        </>
      )}
      {/* Only while the scenario takes bids: the invite page of a draft or ended scenario can invite nobody. */}
      {variant === "scenario" && open ? (
        <p>
          <Link to={`/workspace/scenarios/${scenarioId}/invite`} className="text-sm font-medium text-brand-700 underline">
            {/* When every recommendation is already shown here (or none is), the invite page adds no more of them:
                it is then where a solution is found by search and invited, and the link says so. */}
            {t(panel.available && !panel.more ? "matching.solutions.searchToInvite" : "matching.solutions.seeAll")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** The firm's best fitting solution for the scenario that can go with a bid (a published one), if it has one. */
function bidSolution(scenario: ScenarioRecommendation) {
  return [scenario.solution, ...scenario.alsoMatches].find((fit) => !fit.draft);
}

/** To the bid form with the firm's best fitting solution that can go with a bid (a published one), if it has one. */
function BidWithLink({ scenario }: { scenario: ScenarioRecommendation }) {
  const { t } = useTranslation();
  const solution = bidSolution(scenario);
  if (!solution) return null;
  const label = solution === scenario.solution ? t("matching.scenarios.bidWithSolution") : t("matching.scenarios.bidWithOther", { solution: solution.title });
  return (
    <p className="mt-2 text-sm">
      <Link to={bidFormPath(scenario.id, solution.id)} className="font-medium text-brand-700 underline">
        <MixedText text={label} />
      </Link>
    </p>
  );
}

/**
 * Open scenarios, each with its owner, deadline, budget and why; `showSolution`: under which of the firm's solutions
 * (a draft one marked, and what it takes to bid with it: publishing, and first the firm's verification).
 */
function ScenarioList({ items, showSolution, verified }: { items: ScenarioRecommendation[]; showSolution: boolean; verified: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="space-y-3">
      {items.map((scenario) => (
        <li key={scenario.id} className="rounded-lg bg-white p-4 shadow">
          <h3 className="break-words font-semibold">
            <Link to={`/scenarios/${scenario.id}`} className="text-brand-700 underline">
              <ContentText text={scenario.title} />
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            <span><MixedText text={t("matching.scenarios.owner", { org: scenario.orgName })} /></span>
            <span><DeadlineText deadline={scenario.deadline} daysLeft={scenario.daysLeft} open /></span>
            <span><BudgetRange min={scenario.budgetMin} max={scenario.budgetMax} /></span>
          </p>
          {showSolution ? (
            <p className="mt-2 break-words text-sm text-slate-800">
              <span className="font-medium">{t("matching.scenarios.matchedSolution")}</span>
              <Link to={`/workspace/solutions/${scenario.solution.id}`} className="text-brand-700 underline"><ContentText text={scenario.solution.title} /></Link>
              {scenario.solution.draft ? <span className="ml-1 text-slate-700">{t(verified ? "matching.scenarios.draftSolution" : "matching.scenarios.draftSolutionUnverified")}</span> : null}
              {scenario.alsoMatches.length > 0 ? (
                <>
                  {t("matching.scenarios.alsoMatches")}
                  <LinkedTitles records={scenario.alsoMatches} href={(id) => `/workspace/solutions/${id}`} />
                </>
              ) : null}
            </p>
          ) : null}
          {/* The reasons are the matched solution's; where that is a draft and the card bids with another one, they say
              whose they are (a QA review: the price that "fits the budget" was the draft's, the button bid with another). */}
          <WhyLine reasons={scenario.reasons} ofDraft={showSolution && verified && scenario.solution.draft && bidSolution(scenario) ? scenario.solution.title : undefined} />
          {/* Invited by the scenario's organisation: said here too, with the way to the invitation (a QA review found
              the card no different after the SOE had invited the firm). */}
          {scenario.invitationId ? (
            <p className="mt-2 text-sm">
              <span className="font-medium text-green-800">{t("matching.scenarios.invited")}</span>{" "}
              <Link to={invitationPath(scenario.invitationId)} className="text-brand-700 underline">{t("matching.scenarios.viewInvitation")}</Link>
            </p>
          ) : null}
          {/* To the bid form with the matched solution chosen (a QA review: it started at "不关联", the match lost on
              the way): the best fitting one that can go with a bid (not a draft), by a firm that may bid. */}
          {verified ? <BidWithLink scenario={scenario} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Nothing open matches: what to do, and the way to browse every scenario. */
function NoOpenScenarios({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
      <p className="text-slate-700">{message}</p>
      <Link to="/scenarios" className="mt-2 inline-block font-medium text-brand-700 underline">{t("matching.scenarios.browse")}</Link>
    </div>
  );
}

/** Open scenarios for a firm's dashboard, each under the firm's solution it fits best. */
export function ScenarioRecommendations({ panel, hasSolutions, verified }: { panel: Panel<ScenarioRecommendation>; hasSolutions: boolean; verified: boolean }) {
  const { t } = useTranslation();
  const { solutionsMatched = 0, solutionsTotal = 0 } = panel;
  return (
    <section aria-labelledby="recommended-scenarios-title" className="space-y-3">
      <h2 id="recommended-scenarios-title" className="text-lg font-semibold">{t("matching.scenarios.title")}</h2>
      {hasSolutions ? <p className="text-sm text-slate-700">{t("matching.scenarios.intro")}</p> : null}
      {!hasSolutions ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="text-slate-700">{t("matching.scenarios.noSolutions")}</p>
          <Link to="/workspace/solutions/new" className="mt-2 inline-block font-medium text-brand-700 underline">{t("matching.scenarios.publishSolution")}</Link>
        </div>
      ) : !panel.available ? (
        <Alert tone="warning">{t("matching.unavailable")}</Alert>
      ) : panel.items.length === 0 ? (
        <NoOpenScenarios message={t("matching.scenarios.empty")} />
      ) : (
        <ScenarioList items={panel.items} showSolution verified={verified} />
      )}
      {panel.available && solutionsTotal > solutionsMatched ? (
        // The dashboard matches only the most recently edited solutions; the others are one click away.
        <p className="text-sm text-slate-700">
          {t("matching.scenarios.partial", { matched: solutionsMatched, total: solutionsTotal })}{" "}
          <Link to="/workspace/solutions" className="font-medium text-brand-700 underline">{t("matching.scenarios.allSolutions")}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** Open scenarios for one of the firm's solutions, on the solution's own page. */
export function SolutionScenarioRecommendations({ panel, draft, verified }: { panel: Panel<ScenarioRecommendation>; draft: boolean; verified: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="solution-scenarios-title" className="space-y-3 rounded-lg bg-slate-50 p-5 shadow">
      <h2 id="solution-scenarios-title" className="text-lg font-semibold">{t("matching.forSolution.title")}</h2>
      <p className="text-sm text-slate-700">{t("matching.forSolution.intro")}</p>
      {/* Said of the scenarios listed, so only above some; an unverified firm is told what comes first. */}
      {draft && panel.available && panel.items.length > 0 ? <Alert tone="info">{t(verified ? "matching.forSolution.draft" : "matching.forSolution.draftUnverified")}</Alert> : null}
      {!panel.available ? (
        <Alert tone="warning">{t("matching.unavailable")}</Alert>
      ) : panel.items.length === 0 ? (
        <NoOpenScenarios message={t("matching.forSolution.empty")} />
      ) : (
        <ScenarioList items={panel.items} showSolution={false} verified={verified} />
      )}
    </section>
  );
}
