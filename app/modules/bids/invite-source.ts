// Where an invitation was sent from. The invite form appears in three places — the title search and the
// recommendations on the invite page, and the recommendations on the scenario's own page — and all post to
// the invite route. The source decides where the owner lands afterwards and which form shows an error.
export const INVITE_SOURCES = ["search", "recommended", "scenario"] as const;
export type InviteSource = (typeof INVITE_SOURCES)[number];

/** Anchor of the recommendations panel on the scenario page and of the section on the invite page. */
export const RECOMMENDED_SOLUTIONS_ANCHOR = "recommended-solutions";
/** Anchor of the invite page's search section. */
export const SOLUTION_SEARCH_ANCHOR = "invite-search";

/**
 * The posted value, or "search" (the original form) for anything else: never trusted as a URL. The invite action
 * refuses an unknown value (inviteSchema); this says where its reply is shown.
 */
export function parseInviteSource(value: unknown): InviteSource {
  return typeof value === "string" && (INVITE_SOURCES as readonly string[]).includes(value) ? (value as InviteSource) : "search";
}

/** The invite page's own list state: the search typed and the page of results. */
export type InviteListState = { q?: string | null; page?: number | null };

/**
 * Where the owner returns after a successful invitation: back to the list the invitation was sent from, on the
 * invite page with the same search and page (an owner inviting several firms found by one search must not
 * have to search again). Only these two values are carried over, never the posted URL itself.
 */
export function inviteReturnPath(scenarioId: string, source: InviteSource, list: InviteListState = {}): string {
  const scenarioPage = `/workspace/scenarios/${encodeURIComponent(scenarioId)}`;
  if (source === "scenario") return `${scenarioPage}#${RECOMMENDED_SOLUTIONS_ANCHOR}`;
  const params = new URLSearchParams();
  if (list.q?.trim()) params.set("q", list.q.trim());
  if (list.page && Number.isInteger(list.page) && list.page > 1) params.set("page", String(list.page));
  const invitePage = `${scenarioPage}/invite${params.size > 0 ? `?${params}` : ""}`;
  // Back at the list it came from, the owner's focus is there too (root.tsx follows the #fragment), and the page's
  // status line announces the invitation.
  return `${invitePage}#${source === "recommended" ? RECOMMENDED_SOLUTIONS_ANCHOR : SOLUTION_SEARCH_ANCHOR}`;
}

/**
 * On the invite page, the section whose form shows a failed invitation's error and message again: a failure
 * posted from the scenario page is shown with the recommendations, where the same solution is listed.
 */
export function inviteErrorSection(source: InviteSource): "search" | "recommended" {
  return source === "search" ? "search" : "recommended";
}

/** The bid form of a scenario, with one of the firm's solutions chosen (the form ignores one the firm cannot use). */
export function bidFormPath(scenarioId: string, solutionId: string): string {
  return `/scenarios/${encodeURIComponent(scenarioId)}/bid?solution=${encodeURIComponent(solutionId)}`;
}

/** The invited firm's page of one invitation: where its notification and email lead. */
export function invitationPath(invitationId: string): string {
  return `/workspace/invitations/${encodeURIComponent(invitationId)}`;
}
