// Organisations: creation, profile, members, the active organisation, and verification by reviewers.
import { Prisma, type VerificationStatus } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notifications.server";
import { enqueueOrganizationRecords } from "~/modules/search/search-outbox.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";
import { withImpliedFlags } from "./districts";
import type { OrganizationInput } from "./orgs.schema";
import { nextVerificationStatus, TransitionError, type VerificationAction } from "./verification-transitions";

export class UsccTakenError extends Error {}
export class LastOwnerError extends Error {}

type Actor = { id: string; requestId?: string | null };

const PROFILE_SELECT = {
  id: true,
  kind: true,
  name: true,
  uscc: true,
  district: true,
  tier: true,
  flags: true,
  description: true,
  website: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  verificationStatus: true,
  verificationNote: true,
  verifiedAt: true,
  submittedAt: true,
  createdAt: true,
} satisfies Prisma.OrganizationSelect;

function profileData(input: OrganizationInput) {
  return {
    kind: input.kind,
    name: input.name,
    uscc: input.uscc,
    district: input.district,
    // Tiers describe technology firms only.
    tier: input.kind === "TECH_FIRM" ? (input.tier ?? null) : null,
    flags: withImpliedFlags(input.flags),
    description: input.description,
    website: input.website,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  };
}

async function reviewerIds(tx: Prisma.TransactionClient) {
  const rows = await tx.platformRole.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] } }, select: { userId: true } });
  return [...new Set(rows.map((row) => row.userId))];
}

async function ownerIds(tx: Prisma.TransactionClient, orgId: string) {
  const rows = await tx.membership.findMany({ where: { orgId, role: "OWNER" }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/** Creates an organisation owned by the actor, submitted for verification, and makes it their active one. */
export async function createOrganization(actor: Actor, input: OrganizationInput) {
  try {
    return await prisma.$transaction(async (tx) => {
      const org = await tx.organization.create({
        data: { ...profileData(input), verificationStatus: "PENDING", submittedAt: new Date() },
        select: PROFILE_SELECT,
      });
      await tx.membership.create({ data: { orgId: org.id, userId: actor.id, role: "OWNER" } });
      await tx.user.update({ where: { id: actor.id }, data: { activeOrgId: org.id } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "organization.created",
        entityType: "Organization",
        entityId: org.id,
        after: profileData(input),
        requestId: actor.requestId,
      });
      const reviewers = await reviewerIds(tx);
      await notify(
        tx,
        reviewers.map((userId) => ({ userId, type: "orgSubmitted", params: { org: org.name }, link: `/review/organizations/${org.id}` })),
        actor.id,
      );
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UsccTakenError();
    throw error;
  }
}

export async function getOrganizationProfile(orgId: string) {
  return prisma.organization.findUnique({ where: { id: orgId }, select: PROFILE_SELECT });
}

/**
 * Saves the profile. Changing the legal identity (kind, name, USCC) of a verified organisation sends it back
 * to review; saving a rejected organisation resubmits it.
 */
export async function updateOrganization(actor: Actor, orgId: string, input: OrganizationInput) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: PROFILE_SELECT });
      const data = profileData(input);
      const legalChanged = before.kind !== data.kind || before.name !== data.name || before.uscc !== data.uscc;
      let action: VerificationAction | null = null;
      if (before.verificationStatus === "REJECTED") action = "resubmit";
      else if (before.verificationStatus === "VERIFIED" && legalChanged) action = "changeLegalDetails";
      const verification = action
        ? {
            verificationStatus: nextVerificationStatus(before.verificationStatus, action, "owner"),
            submittedAt: new Date(),
            verifiedAt: null,
          }
        : {};
      // Applies only if a reviewer did not decide meanwhile; otherwise the owner is asked to reload.
      const { count } = await tx.organization.updateMany({
        where: { id: orgId, verificationStatus: before.verificationStatus },
        data: { ...data, ...verification },
      });
      if (count !== 1) throw new TransitionError("not-allowed", "The organisation's status changed meanwhile");
      // The name (and a firm's district, tier and qualifications) is part of the search documents of its public
      // records, and a legal change takes a firm's solutions out of public view until it is verified again.
      const flagsChanged = [...before.flags].sort().join() !== [...data.flags].sort().join();
      if (before.name !== data.name || before.district !== data.district || before.tier !== data.tier || flagsChanged || action === "changeLegalDetails") await enqueueOrganizationRecords(tx, orgId);
      const after = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: PROFILE_SELECT });
      await writeAudit(tx, {
        actorId: actor.id,
        action: action ? `organization.updated_and_${action}` : "organization.updated",
        entityType: "Organization",
        entityId: orgId,
        before: JSON.parse(JSON.stringify(before)),
        after: JSON.parse(JSON.stringify(after)),
        requestId: actor.requestId,
      });
      if (action) {
        const reviewers = await reviewerIds(tx);
        await notify(
          tx,
          reviewers.map((userId) => ({ userId, type: "orgSubmitted", params: { org: after.name }, link: `/review/organizations/${orgId}` })),
          actor.id,
        );
      }
      return { org: after, resubmitted: action !== null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UsccTakenError();
    throw error;
  }
}

export async function listMembers(orgId: string) {
  const [members, invitations] = await Promise.all([
    prisma.membership.findMany({
      where: { orgId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    prisma.invitation.findMany({
      where: { orgId, acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return { members, invitations };
}

/**
 * Adds a member by email: an existing account joins at once (and is notified); otherwise an invitation
 * waits until someone signs up with that email.
 */
export async function addMemberByEmail(
  actor: Actor,
  orgId: string,
  input: { email: string; role: "OWNER" | "MEMBER" },
): Promise<"added" | "invited" | "already-member"> {
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { name: true } });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (user) {
      const existing = await tx.membership.findUnique({ where: { userId_orgId: { userId: user.id, orgId } }, select: { id: true } });
      if (existing) return "already-member";
      await tx.membership.create({ data: { userId: user.id, orgId, role: input.role } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "membership.added",
        entityType: "Organization",
        entityId: orgId,
        after: { userId: user.id, role: input.role },
        requestId: actor.requestId,
      });
      await notify(tx, [{ userId: user.id, type: "memberAdded", params: { org: org.name }, link: `/orgs/${orgId}` }], actor.id);
      return "added";
    }
    await tx.invitation.upsert({
      where: { orgId_email: { orgId, email: input.email } },
      create: { orgId, email: input.email, role: input.role, invitedById: actor.id },
      update: { role: input.role, invitedById: actor.id, acceptedAt: null },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "membership.invited",
      entityType: "Organization",
      entityId: orgId,
      after: { email: input.email, role: input.role },
      requestId: actor.requestId,
    });
    return "invited";
  });
}

/** Removes a membership of this organisation; the last owner cannot be removed. */
export async function removeMember(actor: Actor, orgId: string, membershipId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, orgId }, select: { id: true, userId: true, role: true } });
    if (!membership) return false;
    if (membership.role === "OWNER") {
      const owners = await tx.membership.count({ where: { orgId, role: "OWNER" } });
      if (owners <= 1) throw new LastOwnerError();
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.user.updateMany({ where: { id: membership.userId, activeOrgId: orgId }, data: { activeOrgId: null } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "membership.removed",
      entityType: "Organization",
      entityId: orgId,
      before: { userId: membership.userId, role: membership.role },
      requestId: actor.requestId,
    });
    return true;
  });
}

export async function cancelInvitation(actor: Actor, orgId: string, invitationId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.deleteMany({ where: { id: invitationId, orgId, acceptedAt: null } });
    if (count > 0) {
      await writeAudit(tx, { actorId: actor.id, action: "membership.invitation_cancelled", entityType: "Organization", entityId: orgId, before: { invitationId }, requestId: actor.requestId });
    }
    return count > 0;
  });
}

/** Makes one of the user's organisations the active one. Returns false if they are not a member. */
export async function switchActiveOrganization(userId: string, orgId: string): Promise<boolean> {
  const membership = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { id: true } });
  if (!membership) return false;
  await prisma.user.update({ where: { id: userId }, data: { activeOrgId: orgId } });
  return true;
}

export const REVIEW_PAGE_SIZE = 20;

export async function listVerificationQueue(status: VerificationStatus, page: number) {
  const where = { verificationStatus: status };
  const [items, total, counts] = await Promise.all([
    prisma.organization.findMany({
      where,
      orderBy: status === "PENDING" ? { submittedAt: "asc" } : { updatedAt: "desc" },
      skip: (page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: { id: true, name: true, kind: true, uscc: true, district: true, submittedAt: true, verificationNote: true, verifiedAt: true },
    }),
    prisma.organization.count({ where }),
    prisma.organization.groupBy({ by: ["verificationStatus"], _count: { _all: true } }),
  ]);
  const countByStatus = Object.fromEntries(counts.map((row) => [row.verificationStatus, row._count._all])) as Partial<
    Record<VerificationStatus, number>
  >;
  return { items, total, countByStatus, pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)) };
}

export async function getOrganizationForReview(orgId: string) {
  return prisma.organization.findUnique({
    where: { id: orgId },
    select: {
      ...PROFILE_SELECT,
      verifiedBy: { select: { name: true } },
      memberships: { where: { role: "OWNER" }, select: { user: { select: { name: true, email: true } } } },
    },
  });
}

export async function organizationHistory(orgId: string) {
  return prisma.auditLog.findMany({
    where: { entityType: "Organization", entityId: orgId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
}

/** A reviewer's decision. The status changes only along the transition table; owners are notified. */
export async function decideVerification(
  reviewer: Actor,
  orgId: string,
  decision: "verify" | "reject" | "revoke",
  reason: string,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: orgId },
      select: { name: true, verificationStatus: true, verificationNote: true },
    });
    const status = nextVerificationStatus(before.verificationStatus, decision, "reviewer", reason);
    // Optimistic concurrency: the update applies only if nobody changed the status since we read it, so two
    // reviewers deciding at once cannot both win.
    const { count } = await tx.organization.updateMany({
      where: { id: orgId, verificationStatus: before.verificationStatus },
      data: {
        verificationStatus: status,
        verificationNote: reason || null,
        verifiedAt: status === "VERIFIED" ? new Date() : null,
        verifiedById: reviewer.id,
      },
    });
    if (count !== 1) throw new TransitionError("not-allowed", "The organisation's status changed meanwhile");
    // A firm's solutions are public only while it is verified (PUBLIC_SOLUTION_WHERE): the index follows.
    await enqueueOrganizationRecords(tx, orgId);
    const after = { verificationStatus: status, verificationNote: reason || null };
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: `organization.${decision}`,
      entityType: "Organization",
      entityId: orgId,
      before: { verificationStatus: before.verificationStatus, verificationNote: before.verificationNote },
      after,
      requestId: reviewer.requestId,
    });
    const owners = await ownerIds(tx, orgId);
    await notify(
      tx,
      owners.map((userId) => ({
        userId,
        // A revoked verification is told as such, not as an application turned down (a QA review).
        type: decision === "revoke" ? "orgRevoked" : status === "VERIFIED" ? "orgVerified" : "orgRejected",
        params: { org: before.name, reason },
        link: `/orgs/${orgId}`,
      })),
      reviewer.id,
    );
    return after;
  });
}

/** Public figures for the home page: verified organisations by kind. */
export async function verifiedOrganizationCounts() {
  const rows = await prisma.organization.groupBy({ by: ["kind"], where: { verificationStatus: "VERIFIED" }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.kind, row._count._all])) as Partial<Record<"SOE" | "TECH_FIRM" | "INVESTOR" | "GOVERNMENT", number>>;
}
