// Who may work on solutions: members of a technology firm. Built on the checks in permissions.server.ts.
import { activeMembership, forbidden, notFound, requireOrgRole, requireUser } from "~/modules/auth/permissions.server";
import { solutionOwnerOrgId, type FirmContext } from "./solutions.server";

/** The user's active organisation as a technology firm (verified or not: drafts may be prepared while pending). */
export async function requireFirmWorkspace(request: Request) {
  const user = await requireUser(request);
  const membership = activeMembership(user);
  if (!membership) throw forbidden("errors.needOrganization");
  if (membership.org.kind !== "TECH_FIRM") throw forbidden("errors.wrongOrgKind");
  const firm: FirmContext = { orgId: membership.org.id, verifiedTechFirm: membership.org.verificationStatus === "VERIFIED" };
  return { user, org: membership.org, firm };
}

/** A member of the firm that owns the solution; everyone else gets 404 so its existence is not revealed. */
export async function requireSolutionMember(request: Request, solutionId: string) {
  await requireUser(request);
  const orgId = await solutionOwnerOrgId(solutionId);
  if (!orgId) throw notFound();
  const { user } = await requireOrgRole(request, orgId);
  const org = user.memberships.find((m) => m.orgId === orgId)!.org;
  const firm: FirmContext = { orgId, verifiedTechFirm: org.kind === "TECH_FIRM" && org.verificationStatus === "VERIFIED" };
  return { user, org, firm };
}
