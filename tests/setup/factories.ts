// Test data made through the app's own modules, so tests exercise the real code paths.
import { randomBytes } from "node:crypto";
import { signUp } from "~/modules/auth/auth.server";
import { createSession, SESSION_COOKIE } from "~/modules/auth/session.server";
import type { OrganizationInput } from "~/modules/orgs/orgs.schema";
import { createOrganization, getOrganizationProfile, updateOrganization } from "~/modules/orgs/orgs.server";
import { withUsccCheckCharacter, USCC_ALPHABET } from "~/modules/orgs/uscc";
import { getPrisma } from "~/utils/db.server";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "user") {
  return `${prefix}.${randomBytes(5).toString("hex")}@test.scenebridge.cn`;
}

/** A random but valid USCC (GB 32100-2015 check character included). */
export function randomUscc(): string {
  const bytes = randomBytes(9);
  const orgCode = [...bytes].map((byte) => USCC_ALPHABET[byte % USCC_ALPHABET.length]).join("");
  return withUsccCheckCharacter(`91371102${orgCode}`);
}

export async function createUser(options: { name?: string; roles?: ("ADMIN" | "REVIEWER")[]; locale?: "zh" | "en" } = {}) {
  const email = uniqueEmail();
  const user = await signUp({ name: options.name ?? "测试用户", email, password: TEST_PASSWORD, locale: options.locale ?? "zh" });
  if (options.roles?.length) {
    await getPrisma().platformRole.createMany({ data: options.roles.map((role) => ({ userId: user.id, role })) });
  }
  const session = await createSession(user.id);
  return { id: user.id, email, cookie: `${SESSION_COOKIE}=${session.token}` };
}

export function organizationInput(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  return {
    kind: "SOE",
    name: `日照测试集团有限公司${randomBytes(2).toString("hex")}`,
    uscc: randomUscc(),
    district: "DONGGANG",
    tier: undefined,
    flags: [],
    description: "测试用组织",
    website: "",
    contactName: "张三",
    contactPhone: "13800000000",
    contactEmail: uniqueEmail("contact"),
    ...overrides,
  };
}

export async function createOrgFor(userId: string, overrides: Partial<OrganizationInput> = {}) {
  return createOrganization({ id: userId }, organizationInput(overrides));
}

/**
 * The owner saves the organisation's profile with `changes`, as the edit form does: a REJECTED one is sent back
 * for verification (resubmit), a VERIFIED one whose legal details change goes back to PENDING.
 */
export async function editOrganization(ownerId: string, orgId: string, changes: Partial<OrganizationInput> = {}) {
  const profile = (await getOrganizationProfile(orgId))!;
  return updateOrganization({ id: ownerId }, orgId, {
    kind: profile.kind,
    name: profile.name,
    uscc: profile.uscc,
    district: profile.district as OrganizationInput["district"],
    tier: profile.tier ?? undefined,
    flags: profile.flags,
    description: profile.description,
    website: profile.website,
    contactName: profile.contactName,
    contactPhone: profile.contactPhone,
    contactEmail: profile.contactEmail,
    ...changes,
  });
}
