// Who may work on scenarios: the SOE workspace, and the owning organisation of one scenario. Built on the
// checks in auth/permissions.server.ts; exported for the bids pages under /workspace/scenarios/:id too.
import { activeMembership, forbidden, notFound, requireOrgRole, requireUser } from "~/modules/auth/permissions.server";
import { scenarioOwnerOrg } from "./scenarios.server";

/** The active organisation must be an SOE (any verification status may draft). */
export async function requireSoeWorkspace(request: Request) {
  const user = await requireUser(request);
  const membership = activeMembership(user);
  if (!membership || membership.org.kind !== "SOE") throw forbidden("scenario.errors.needSoe");
  return { user, org: membership.org };
}

/**
 * A member of the scenario's organisation. Everyone else — reviewers included, who have their own pages —
 * gets 404, so the existence of a draft is never revealed.
 */
export async function requireScenarioOwner(request: Request, scenarioId: string) {
  await requireUser(request);
  const owner = await scenarioOwnerOrg(scenarioId);
  if (!owner) throw notFound();
  const { user, role } = await requireOrgRole(request, owner.orgId);
  const org = user.memberships.find((m) => m.orgId === owner.orgId)!.org;
  return { user, role, orgId: owner.orgId, org };
}
