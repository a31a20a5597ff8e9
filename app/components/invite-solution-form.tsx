// The form that invites a published solution's firm to bid on a scenario. It appears in the invite page's
// search results and recommendations and in the scenario page's recommendations; all post to the invite
// route, with `source` telling it where the owner returns and which form shows a failure.
import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { InviteSource } from "~/modules/bids/invite-source";
import { ContentText, MixedText } from "./content-text";
import { FirstUnitBadge } from "./first-unit-badge";
import { Button } from "./ui/button";
import { ErrorList, controlClass } from "./ui/form";

export type InviteReply = { errors: string[]; message?: string };

function InviteSolutionForm({
  scenarioId,
  solution,
  source,
  idPrefix,
  reply,
  collapsibleMessage = false,
}: {
  scenarioId: string;
  solution: { id: string; title: string };
  source: InviteSource;
  /** Makes the message field's id unique when one solution is listed twice on a page. */
  idPrefix: string;
  /** A failed invitation of this solution from this form: its errors and the message typed. */
  reply?: InviteReply;
  /** Tucks the optional message away behind a disclosure (for compact lists). */
  collapsibleMessage?: boolean;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && navigation.formData?.get("solutionId") === solution.id && navigation.formData?.get("source") === source;
  // A second press of Enter before the page has re-rendered would post again and cancel the first request in
  // the browser (not on the server): the form is sent once until the navigation it started has ended.
  const sent = useRef(false);
  useEffect(() => {
    if (navigation.state === "idle") sent.current = false;
  }, [navigation.state]);
  const messageId = `${idPrefix}-message-${solution.id}`;
  const errorId = `${idPrefix}-errors-${solution.id}`;
  const hasErrors = Boolean(reply?.errors.length);
  const messageField = (
    <div className="space-y-1">
      <label htmlFor={messageId} className="block text-xs font-medium text-slate-800">
        {t("bid.invite.message")}
        <span className="sr-only">{t("labelSeparator")}<ContentText text={solution.title} /></span>
      </label>
      <textarea id={messageId} name="message" rows={2} maxLength={500} defaultValue={reply?.message} aria-describedby={hasErrors ? errorId : undefined} aria-invalid={hasErrors || undefined} className={controlClass} />
    </div>
  );
  return (
    // On the invite page the form posts to the page itself (keeping its search and page in the URL).
    <Form
      method="post"
      action={source === "scenario" ? `/workspace/scenarios/${scenarioId}/invite` : undefined}
      onSubmit={(event) => {
        if (sent.current) event.preventDefault();
        sent.current = true;
      }}
      className="space-y-2"
    >
      <input type="hidden" name="solutionId" value={solution.id} />
      <input type="hidden" name="source" value={source} />
      {collapsibleMessage ? (
        <details open={Boolean(reply?.message) || hasErrors} className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">
            {t("matching.solutions.addMessage")}
            <span className="sr-only">{t("labelSeparator")}<ContentText text={solution.title} /></span>
          </summary>
          <div className="mt-2">{messageField}</div>
        </details>
      ) : (
        messageField
      )}
      <ErrorList id={errorId} errors={reply?.errors} />
      <Button type="submit" pending={pending} aria-label={`${t("bid.invite.inviteButton")}${t("labelSeparator")}${solution.title}`}>
        {t("bid.invite.inviteButton")}
      </Button>
    </Form>
  );
}

/**
 * A failed invitation whose form is gone from the page: the row was invited or bid on meanwhile (another tab, a
 * colleague), the solution is no longer listed, or nobody can be invited now. Says why — `reason`, when given, in
 * place of the reply's errors: the page's own notice of why nobody can be invited, which it then does not repeat —
 * and shows the message that was not sent, so nothing typed is lost, and takes the focus, as the form the owner used
 * is no longer there (a QA review: the row turned "已邀请" and the error sat at the top of the page, out of sight).
 */
export function UnsentInvitation({ id, reply, reason }: { id: string; reply: InviteReply; reason?: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [reply]);
  return (
    <div ref={box} id={id} tabIndex={-1} role="alert" className="focus-target space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm">
      {reason ? <p className="text-red-800">{reason}</p> : <ErrorList errors={reply.errors} />}
      {reply.message ? (
        <>
          <p className="text-slate-800">{t("bid.invite.unsentMessage")}</p>
          <p className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-2 text-slate-900">
            <ContentText text={reply.message} />
          </p>
        </>
      ) : null}
    </div>
  );
}

/**
 * In place of the invite form, said in words (the mark is decoration only): "已邀请"; with `bid` "active"
 * "该企业已参与揭榜" (the firm bid without waiting to be asked); with `bid` "withdrawn" "该企业已撤回揭榜" (it
 * cannot bid on this scenario again, so there is nothing to invite it to).
 */
function InvitedLabel({ bid }: { bid?: "active" | "withdrawn" }) {
  const { t } = useTranslation();
  if (bid === "withdrawn") return <span className="text-sm text-slate-700">{t("bid.invite.bidWithdrawn")}</span>;
  return (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-green-800">
      <span aria-hidden="true">✓</span>
      {t(bid === "active" ? "bid.invite.hasBid" : "bid.invite.invited")}
    </span>
  );
}

type InviteRowState = { invited: boolean; bid?: "active" | "withdrawn" | null };

/**
 * Whether an invite list's row (InvitableSolutionItem) shows a failed invitation's reply: by its form while it can
 * be invited, or under why it cannot (invited, bid) — not when the scenario is closed and the row shows neither.
 */
export function showsInviteReply(solution: InviteRowState, open: boolean): boolean {
  return solution.invited || Boolean(solution.bid) || open;
}

type FirstUnitType = "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION";
type FirstUnitStatus = "NONE" | "APPLYING" | "RECOGNISED";

/**
 * One solution in an invite list (the recommendations, the invite page's search): its title, firm and first-unit
 * record, `details` in the same line and `children` below, and beside them (below them on a phone) the invite
 * form — or, when there is nothing to invite, why. Stacked, so a phone shows all of it without scrolling sideways.
 */
export function InvitableSolutionItem({
  scenarioId,
  solution,
  open,
  source,
  idPrefix,
  reply,
  collapsibleMessage,
  details,
  children,
}: {
  scenarioId: string;
  solution: { id: string; title: string; orgName: string; firstUnitType: string | null; firstUnitStatus: string; invited: boolean; bid?: "active" | "withdrawn" | null };
  /** Whether the scenario takes bids (and so invitations). */
  open: boolean;
  source: InviteSource;
  idPrefix: string;
  reply?: InviteReply;
  collapsibleMessage?: boolean;
  details?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="gap-4 rounded-md border border-slate-200 p-4 md:flex md:items-start md:justify-between">
      <div className="min-w-0 grow">
        <h3 className="break-words font-semibold">
          <Link to={`/solutions/${solution.id}`} className="text-brand-700 underline">
            <ContentText text={solution.title} />
          </Link>
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <span className="break-words"><MixedText text={t("matching.solutions.firm", { org: solution.orgName })} /></span>
          {details}
          <FirstUnitBadge type={solution.firstUnitType as FirstUnitType | null} status={solution.firstUnitStatus as FirstUnitStatus} />
        </p>
        {children}
      </div>
      {solution.invited || solution.bid ? (
        <div className="mt-3 shrink-0 space-y-2 md:mt-0 md:w-72">
          {/* The firm's bid says more than the invitation that may have led to it, and is the same on every solution
              of that firm (a QA review saw one solution "invited" beside four of the same firm "has bid"). */}
          <InvitedLabel bid={solution.bid ?? undefined} />
          {reply ? <UnsentInvitation id={`${idPrefix}-errors-${solution.id}`} reply={reply} /> : null}
        </div>
      ) : open ? (
        <div className="mt-3 shrink-0 md:mt-0 md:w-72">
          <InviteSolutionForm scenarioId={scenarioId} solution={solution} source={source} idPrefix={idPrefix} reply={reply} collapsibleMessage={collapsibleMessage} />
        </div>
      ) : null}
    </li>
  );
}
