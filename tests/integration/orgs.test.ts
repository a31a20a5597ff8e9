// Organisations against real PostgreSQL: creation, verification life cycle, notifications, audit, members.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMemberByEmail, createOrganization, decideVerification, LastOwnerError, listVerificationQueue, removeMember, switchActiveOrganization, updateOrganization, UsccTakenError } from "~/modules/orgs/orgs.server";
import { TransitionError } from "~/modules/orgs/verification-transitions";
import { signUp } from "~/modules/auth/auth.server";
import { createPublishedSolution } from "../setup/bid-factories";
import { createOrgFor, createUser, organizationInput, TEST_PASSWORD, uniqueEmail } from "../setup/factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
beforeAll(async () => {
  db = await useTestSchema();
});
afterAll(async () => {
  await db.drop();
});

describe("organisations", () => {
  it("creates an organisation owned by its creator, pending verification, and tells reviewers", async () => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const owner = await createUser();
    const org = await createOrgFor(owner.id, { name: "日照港测试集团有限公司" });
    expect(org.verificationStatus).toBe("PENDING");
    const membership = await db.prisma.membership.findUniqueOrThrow({ where: { userId_orgId: { userId: owner.id, orgId: org.id } } });
    expect(membership.role).toBe("OWNER");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(user.activeOrgId).toBe(org.id);
    const notes = await db.prisma.notification.findMany({ where: { userId: reviewer.id, type: "orgSubmitted" } });
    expect(notes.map((n) => (n.params as { org: string }).org)).toContain("日照港测试集团有限公司");
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: org.id } });
    expect(audit.map((a) => a.action)).toEqual(["organization.created"]);
  });

  it("refuses a USCC that another organisation already uses", async () => {
    const first = await createUser();
    const second = await createUser();
    const input = organizationInput();
    await createOrganization({ id: first.id }, input);
    await expect(createOrganization({ id: second.id }, { ...input, name: "另一家公司" })).rejects.toBeInstanceOf(UsccTakenError);
  });

  it("verifies and rejects along the transition table, notifying owners and auditing", async () => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const owner = await createUser();
    const org = await createOrgFor(owner.id);

    await expect(decideVerification({ id: reviewer.id }, org.id, "reject", "")).rejects.toBeInstanceOf(TransitionError);
    await decideVerification({ id: reviewer.id }, org.id, "reject", "执照信息不清晰");
    let stored = await db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored.verificationStatus).toBe("REJECTED");
    expect(stored.verificationNote).toBe("执照信息不清晰");
    // A rejected organisation cannot be verified before it is resubmitted.
    await expect(decideVerification({ id: reviewer.id }, org.id, "verify", "")).rejects.toBeInstanceOf(TransitionError);

    const { resubmitted } = await updateOrganization({ id: owner.id }, org.id, organizationInput({ uscc: stored.uscc, name: stored.name, description: "补充了执照照片" }));
    expect(resubmitted).toBe(true);
    await decideVerification({ id: reviewer.id }, org.id, "verify", "");
    stored = await db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored.verificationStatus).toBe("VERIFIED");
    expect(stored.verifiedAt).not.toBeNull();

    const ownerNotes = await db.prisma.notification.findMany({ where: { userId: owner.id }, orderBy: { createdAt: "asc" } });
    expect(ownerNotes.map((n) => n.type)).toEqual(["orgRejected", "orgVerified"]);
    const actions = (await db.prisma.auditLog.findMany({ where: { entityId: org.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["organization.created", "organization.reject", "organization.updated_and_resubmit", "organization.verify"]);

    // A revoked verification is told as such, not as an application turned down (QA: owners read "was not verified").
    await decideVerification({ id: reviewer.id }, org.id, "revoke", "营业执照已过期");
    const revoked = await db.prisma.notification.findFirstOrThrow({ where: { userId: owner.id }, orderBy: { createdAt: "desc" } });
    expect([revoked.type, revoked.params]).toEqual(["orgRevoked", { org: stored.name, reason: "营业执照已过期" }]);
  });

  it("sends a verified organisation back to review when its legal name changes, not for a new description", async () => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const owner = await createUser();
    const input = organizationInput();
    const org = await createOrganization({ id: owner.id }, input);
    await decideVerification({ id: reviewer.id }, org.id, "verify", "");
    const small = await updateOrganization({ id: owner.id }, org.id, { ...input, description: "新的简介" });
    expect(small.org.verificationStatus).toBe("VERIFIED");
    const legal = await updateOrganization({ id: owner.id }, org.id, { ...input, name: `${input.name}（更名）` });
    expect(legal.org.verificationStatus).toBe("PENDING");
  });

  it("queues a firm's solutions for the search index when its qualifications change, not for a new description", async () => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const owner = await createUser();
    const input = organizationInput({ kind: "TECH_FIRM", tier: "TECH_SME" });
    const org = await createOrganization({ id: owner.id }, input);
    await decideVerification({ id: reviewer.id }, org.id, "verify", "");
    const solution = await createPublishedSolution(org.id);
    // Their documents carry the firm's 专精特新 / “小巨人” qualifications, a facet of /solutions.
    const queued = () => db.prisma.searchOutbox.count({ where: { recordId: solution.id } });
    const before = await queued();
    await updateOrganization({ id: owner.id }, org.id, { ...input, description: "新的简介" });
    expect(await queued()).toBe(before);
    await updateOrganization({ id: owner.id }, org.id, { ...input, description: "新的简介", flags: ["SPECIALIZED"] });
    expect(await queued()).toBe(before + 1);
  });

  it("stores a “小巨人” firm as 专精特新 too (the ministry picks the giants from that list)", async () => {
    const owner = await createUser();
    const org = await createOrganization({ id: owner.id }, organizationInput({ kind: "TECH_FIRM", tier: "TECH_SME", flags: ["LITTLE_GIANT", "INCUBATOR_OPERATOR"] }));
    const stored = () => db.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { flags: true } });
    expect((await stored()).flags).toEqual(["SPECIALIZED", "LITTLE_GIANT", "INCUBATOR_OPERATOR"]);
    await updateOrganization({ id: owner.id }, org.id, organizationInput({ kind: "TECH_FIRM", tier: "TECH_SME", flags: ["LITTLE_GIANT", "LITTLE_GIANT"] }));
    expect((await stored()).flags).toEqual(["SPECIALIZED", "LITTLE_GIANT"]);
  });

  it("lets exactly one of two simultaneous decisions apply", async () => {
    const reviewerA = await createUser({ roles: ["REVIEWER"] });
    const reviewerB = await createUser({ roles: ["REVIEWER"] });
    const owner = await createUser();
    const org = await createOrgFor(owner.id);
    const results = await Promise.allSettled([
      decideVerification({ id: reviewerA.id }, org.id, "verify", ""),
      decideVerification({ id: reviewerB.id }, org.id, "reject", "重复申请"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(TransitionError);
  });

  it("adds existing users at once and invites new emails, who join on sign-up", async () => {
    const owner = await createUser();
    const colleague = await createUser();
    const org = await createOrgFor(owner.id);
    expect(await addMemberByEmail({ id: owner.id }, org.id, { email: colleague.email, role: "MEMBER" })).toBe("added");
    expect(await addMemberByEmail({ id: owner.id }, org.id, { email: colleague.email, role: "MEMBER" })).toBe("already-member");
    const newcomerEmail = uniqueEmail("newcomer");
    expect(await addMemberByEmail({ id: owner.id }, org.id, { email: newcomerEmail, role: "MEMBER" })).toBe("invited");
    const newcomer = await signUp({ name: "新同事", email: newcomerEmail, password: TEST_PASSWORD, locale: "zh" });
    const membership = await db.prisma.membership.findUnique({ where: { userId_orgId: { userId: newcomer.id, orgId: org.id } } });
    expect(membership?.role).toBe("MEMBER");
    const colleagueNotes = await db.prisma.notification.findMany({ where: { userId: colleague.id, type: "memberAdded" } });
    expect(colleagueNotes).toHaveLength(1);
  });

  it("never removes the last owner", async () => {
    const owner = await createUser();
    const org = await createOrgFor(owner.id);
    const membership = await db.prisma.membership.findFirstOrThrow({ where: { orgId: org.id, userId: owner.id } });
    await expect(removeMember({ id: owner.id }, org.id, membership.id)).rejects.toBeInstanceOf(LastOwnerError);
  });

  it("switches the active organisation only to one the user belongs to", async () => {
    const owner = await createUser();
    const other = await createUser();
    const first = await createOrgFor(owner.id);
    const second = await createOrgFor(owner.id);
    const foreign = await createOrgFor(other.id);
    expect(await switchActiveOrganization(owner.id, first.id)).toBe(true);
    expect(await switchActiveOrganization(owner.id, foreign.id)).toBe(false);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(user.activeOrgId).toBe(first.id);
    expect(second.id).not.toBe(first.id);
  });

  it("pages the verification queue oldest first", async () => {
    const queue = await listVerificationQueue("PENDING", 1);
    const times = queue.items.map((item) => item.submittedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(queue.countByStatus.PENDING).toBe(queue.total);
  });
});
