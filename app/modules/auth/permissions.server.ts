// Authorization in one place. Every loader and action that touches non-public data calls one of these,
// and the queries behind them still filter by owner.
import { redirect } from "@remix-run/node";
import type { MembershipRole, OrgKind, PlatformRoleName, VerificationStatus } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { SESSION_COOKIE, readCookie, validateSessionToken, type SessionValidation } from "./session.server";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  roles: PlatformRoleName[];
  sessionId: string;
  session: SessionValidation;
  memberships: {
    orgId: string;
    role: MembershipRole;
    org: { id: string; name: string; kind: OrgKind; verificationStatus: VerificationStatus };
  }[];
  activeOrgId: string | null;
};

// Several loaders of one request ask for the user; look it up once per Request object.
const userByRequest = new WeakMap<Request, Promise<CurrentUser | null>>();

export function getOptionalUser(request: Request): Promise<CurrentUser | null> {
  let pending = userByRequest.get(request);
  if (!pending) {
    pending = loadUser(request);
    userByRequest.set(request, pending);
  }
  return pending;
}

async function loadUser(request: Request): Promise<CurrentUser | null> {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return null;
  const session = await validateSessionToken(token);
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      activeOrgId: true,
      roles: { select: { role: true } },
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          orgId: true,
          role: true,
          org: { select: { id: true, name: true, kind: true, verificationStatus: true } },
        },
      },
    },
  });
  if (!user) return null;
  const activeOrgId = user.memberships.some((m) => m.orgId === user.activeOrgId)
    ? user.activeOrgId
    : (user.memberships[0]?.orgId ?? null);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles: user.roles.map((r) => r.role),
    sessionId: session.sessionId,
    session,
    memberships: user.memberships,
    activeOrgId,
  };
}

function safeRedirectTarget(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getOptionalUser(request);
  if (!user) {
    throw redirect(`/signin?redirectTo=${encodeURIComponent(safeRedirectTarget(request))}`);
  }
  return user;
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getOptionalUser(request)) throw redirect("/");
}

export function isReviewer(user: Pick<CurrentUser, "roles"> | null): boolean {
  return !!user && (user.roles.includes("REVIEWER") || user.roles.includes("ADMIN"));
}

export function isAdmin(user: Pick<CurrentUser, "roles"> | null): boolean {
  return !!user && user.roles.includes("ADMIN");
}

export function forbidden(messageKey = "errors.forbidden"): Response {
  return Response.json({ messageKey }, { status: 403 });
}

export function notFound(messageKey = "errors.notFound"): Response {
  return Response.json({ messageKey }, { status: 404 });
}

export async function requireReviewer(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!isReviewer(user)) throw forbidden();
  return user;
}

export async function requireAdmin(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!isAdmin(user)) throw forbidden();
  return user;
}

/**
 * Requires membership of the organisation (with one of `roles` when given).
 * Non-members get 404 so the existence of a private page is not revealed; members without the role get 403.
 */
export async function requireOrgRole(
  request: Request,
  orgId: string,
  roles: MembershipRole[] = ["OWNER", "MEMBER"],
): Promise<{ user: CurrentUser; role: MembershipRole }> {
  const user = await requireUser(request);
  const membership = user.memberships.find((m) => m.orgId === orgId);
  if (!membership) throw notFound();
  if (!roles.includes(membership.role)) throw forbidden();
  return { user, role: membership.role };
}

/**
 * The user's active organisation, which must be verified and of one of `kinds` — the gate for publishing
 * scenarios (SOE), solutions and bids (TECH_FIRM). Unverified organisations get 403 with a message that
 * says why, so the person knows what to do next.
 */
export async function requireVerifiedOrg(
  request: Request,
  kinds: OrgKind[],
): Promise<{ user: CurrentUser; org: CurrentUser["memberships"][number]["org"]; role: MembershipRole }> {
  const user = await requireUser(request);
  const membership = user.memberships.find((m) => m.orgId === user.activeOrgId);
  if (!membership) throw forbidden("errors.needOrganization");
  if (!kinds.includes(membership.org.kind)) throw forbidden("errors.wrongOrgKind");
  if (membership.org.verificationStatus !== "VERIFIED") throw forbidden("errors.orgNotVerified");
  return { user, org: membership.org, role: membership.role };
}

/** The active organisation if the user has one (any kind, any status). */
export function activeMembership(user: CurrentUser) {
  return user.memberships.find((m) => m.orgId === user.activeOrgId) ?? null;
}
