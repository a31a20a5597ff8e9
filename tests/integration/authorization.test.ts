// Authorization over real HTTP: for every route that reads or writes organisation data, only the allowed
// people succeed; everyone else gets 403/404 (or is sent to sign in) and never sees the data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { createOrgFor, createUser, organizationInput } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let owner: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let orgId: string;
let secretPhone: string;
let usccOfOrg: string;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  owner = await createUser({ name: "组织管理员" });
  member = await createUser({ name: "普通成员" });
  stranger = await createUser({ name: "陌生人" });
  reviewer = await createUser({ name: "审核员", roles: ["REVIEWER"] });
  secretPhone = "13912345678";
  const org = await createOrgFor(owner.id, { contactPhone: secretPhone });
  orgId = org.id;
  usccOfOrg = org.uscc;
  await createOrgFor(stranger.id); // the stranger has an organisation of their own
  await db.prisma.membership.create({ data: { orgId, userId: member.id, role: "MEMBER" } });
});

afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type Who = "anonymous" | "stranger" | "member" | "owner" | "reviewer";
const cookieOf = (who: Who) => ({ anonymous: undefined, stranger: stranger.cookie, member: member.cookie, owner: owner.cookie, reviewer: reviewer.cookie })[who];

async function expectNoLeak(response: Response) {
  const body = await response.text();
  expect(body).not.toContain(secretPhone);
  expect(body).not.toContain(usccOfOrg);
}

describe("reading organisation pages", () => {
  const pages = () => [`/orgs/${orgId}`, `/orgs/${orgId}/edit`, `/orgs/${orgId}/members`];

  it("sends anonymous visitors to sign in", async () => {
    for (const page of pages()) {
      const response = await http.request(page);
      expect(response.status, page).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/signin\?redirectTo=/);
      await expectNoLeak(response);
    }
  });

  it("answers 404 to members of other organisations and to reviewers on member pages", async () => {
    for (const who of ["stranger", "reviewer"] as const) {
      for (const page of pages()) {
        const response = await http.request(page, { cookie: cookieOf(who) });
        expect(response.status, `${who} ${page}`).toBe(404);
        await expectNoLeak(response);
      }
    }
  });

  it("lets members read the profile and members, and only owners open the editor", async () => {
    expect((await http.request(`/orgs/${orgId}`, { cookie: member.cookie })).status).toBe(200);
    expect((await http.request(`/orgs/${orgId}/members`, { cookie: member.cookie })).status).toBe(200);
    expect((await http.request(`/orgs/${orgId}/edit`, { cookie: member.cookie })).status).toBe(403);
    const ownerView = await http.request(`/orgs/${orgId}/edit`, { cookie: owner.cookie });
    expect(ownerView.status).toBe(200);
    expect(await ownerView.text()).toContain(secretPhone);
  });

  it("keeps the verification queue to reviewers", async () => {
    for (const who of ["stranger", "member", "owner"] as const) {
      for (const page of ["/review/organizations", `/review/organizations/${orgId}`]) {
        const response = await http.request(page, { cookie: cookieOf(who) });
        expect(response.status, `${who} ${page}`).toBe(403);
        await expectNoLeak(response);
      }
    }
    expect((await http.request("/review/organizations")).status).toBe(302);
    const reviewerView = await http.request(`/review/organizations/${orgId}`, { cookie: reviewer.cookie });
    expect(reviewerView.status).toBe(200);
    expect(await reviewerView.text()).toContain(usccOfOrg);
  });
});

describe("changing organisation data", () => {
  const editForm = () => {
    const input = organizationInput({ name: "被篡改的名字有限公司" });
    return { kind: input.kind, name: input.name, uscc: input.uscc, district: input.district, contactName: "黑客", contactPhone: "13700000000", contactEmail: "x@example.com" };
  };

  async function orgName() {
    return (await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).name;
  }

  it("refuses profile edits from anyone but owners", async () => {
    const before = await orgName();
    for (const [who, status] of [["anonymous", 302], ["stranger", 404], ["reviewer", 404], ["member", 403]] as const) {
      const response = await http.request(`/orgs/${orgId}/edit`, { cookie: cookieOf(who), form: editForm() });
      expect(response.status, who).toBe(status);
    }
    expect(await orgName()).toBe(before);
  });

  it("refuses adding members from anyone but owners", async () => {
    for (const [who, status] of [["anonymous", 302], ["stranger", 404], ["member", 403]] as const) {
      const response = await http.request(`/orgs/${orgId}/members`, { cookie: cookieOf(who), form: { email: "intruder@example.com", role: "OWNER" } });
      expect(response.status, who).toBe(status);
    }
    expect(await db.prisma.invitation.count({ where: { orgId } })).toBe(0);
  });

  it("refuses removing members from non-owners", async () => {
    const ownerMembership = await db.prisma.membership.findFirstOrThrow({ where: { orgId, userId: owner.id } });
    for (const who of ["stranger", "member"] as const) {
      const response = await http.request(`/orgs/${orgId}/members`, { cookie: cookieOf(who), form: { intent: "remove", membershipId: ownerMembership.id } });
      expect([403, 404]).toContain(response.status);
    }
    expect(await db.prisma.membership.count({ where: { orgId } })).toBe(2);
  });

  it("refuses switching into an organisation one does not belong to", async () => {
    const response = await http.request("/orgs/switch", { cookie: stranger.cookie, form: { orgId } });
    expect(response.status).toBe(404);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: stranger.id } });
    expect(user.activeOrgId).not.toBe(orgId);
  });

  it("refuses verification decisions from non-reviewers, including the owner", async () => {
    for (const [who, status] of [["anonymous", 302], ["stranger", 403], ["member", 403], ["owner", 403]] as const) {
      const response = await http.request(`/review/organizations/${orgId}`, { cookie: cookieOf(who), form: { decision: "verify", reason: "" } });
      expect(response.status, who).toBe(status);
    }
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org.verificationStatus).toBe("PENDING");
  });

  it("lets a reviewer decide, and the owner then sees 'verified'", async () => {
    const response = await http.request(`/review/organizations/${orgId}`, { cookie: reviewer.cookie, form: { decision: "verify", reason: "" } });
    expect(response.status).toBe(302);
    const page = await (await http.request(`/orgs/${orgId}`, { cookie: owner.cookie })).text();
    expect(page).toContain("已认证");
    // A second decision on the same state is a conflict, not a crash.
    await expect(decideVerification({ id: reviewer.id }, orgId, "verify", "")).rejects.toThrow();
  });

  it("refuses to mark someone else's notification as read", async () => {
    const note = await db.prisma.notification.findFirstOrThrow({ where: { userId: owner.id } });
    const response = await http.request("/notifications", { cookie: stranger.cookie, form: { notificationId: note.id } });
    expect(response.status).toBe(404);
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
  });
});
