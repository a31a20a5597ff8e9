// Realistic demo data for a newcomer's laptop: Rizhao organisations of every kind, their members, and a live
// marketplace (scenarios, solutions, bids, cases; see prisma/seed-data/).
// The demo password is for local use only; `npm start` seeds it only into an empty database.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { Prisma, PrismaClient } from "../app/generated/prisma/client.ts";
import { hashPassword } from "../app/modules/auth/password.server";
import { withImpliedFlags } from "../app/modules/orgs/districts";
import { isValidUscc, withUsccCheckCharacter } from "../app/modules/orgs/uscc";
import { seedMarketplace, type SeededOrg } from "./seed-data/marketplace";
import { EXTRA_MEMBERS_OF_EXISTING_ORGS, MARKET_ORGS } from "./seed-data/orgs";

export const DEMO_PASSWORD = "scenebridge-demo";
export const DEMO_PASSWORD_NOTICE = `Demo accounts (local demo data only — password for all: ${DEMO_PASSWORD}):`;

type DemoUser = { email: string; name: string; roles?: ("ADMIN" | "REVIEWER")[]; description: string; locale?: "zh" | "en" };

const USERS: DemoUser[] = [
  { email: "admin@demo.scenebridge.cn", name: "王志强", roles: ["ADMIN"], description: "administrator 平台管理员" },
  { email: "reviewer@demo.scenebridge.cn", name: "李敏", roles: ["REVIEWER"], description: "bureau reviewer 科技局审核员" },
  { email: "soe@demo.scenebridge.cn", name: "张伟", description: "SOE owner 日照海港集团" },
  { email: "soe.member@demo.scenebridge.cn", name: "赵磊", description: "SOE member 日照海港集团" },
  { email: "firm@demo.scenebridge.cn", name: "陈静", description: "tech firm owner 海之翼无人机" },
  { email: "investor@demo.scenebridge.cn", name: "刘洋", description: "investor 日照科创投资" },
  { email: "pending@demo.scenebridge.cn", name: "孙丽", description: "firm awaiting verification 云图软件" },
  { email: "english@demo.scenebridge.cn", name: "Emma Clarke", description: "English-speaking firm member", locale: "en" },
];

type DemoOrg = {
  key: string;
  kind: "SOE" | "TECH_FIRM" | "INVESTOR" | "GOVERNMENT";
  name: string;
  body: string; // first 17 characters of the USCC; the check character is computed
  district: string;
  tier?: "STARTUP" | "TECH_SME" | "HIGH_TECH" | "TECH_LEADER";
  flags?: ("SPECIALIZED" | "LITTLE_GIANT" | "INCUBATOR_OPERATOR" | "VENTURE_INSTITUTION")[];
  status: "PENDING" | "VERIFIED" | "REJECTED";
  note?: string;
  description: string;
  website?: string;
  contact: [name: string, phone: string, email: string];
  owners: string[];
  members?: string[];
};

const ORGS: DemoOrg[] = [
  {
    key: "port", kind: "SOE", name: "日照海港集团有限公司", body: "91371100MA3C4PRT0", district: "DONGGANG", status: "VERIFIED",
    description: "负责石臼、岚山港区的码头装卸、仓储和港口物流，正在推进智慧港口、无人集卡和数字孪生码头建设。",
    website: "https://port.demo.scenebridge.cn", contact: ["张伟", "0633-8381234", "zhangwei@port.demo.scenebridge.cn"],
    owners: ["soe@demo.scenebridge.cn"], members: ["soe.member@demo.scenebridge.cn"],
  },
  {
    key: "steel", kind: "SOE", name: "岚山钢铁产业发展有限公司", body: "91371103MA3D2GTL1", district: "LANSHAN", status: "VERIFIED",
    description: "精品钢铁基地配套企业，关注高炉智能感知、废钢智能判级和厂区低碳能源管理。",
    contact: ["周强", "0633-2612345", "zhouqiang@steel.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "water", kind: "SOE", name: "日照水务发展集团有限公司", body: "91371100MA3E7WTR2", district: "DONGGANG", status: "VERIFIED",
    description: "承担城市供水、污水处理和水库管理，计划在管网漏损监测、水质在线预警中引入新技术。",
    contact: ["吴芳", "13806330001", "wufang@water.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "culture", kind: "SOE", name: "日照文旅投资集团有限公司", body: "91371100MA3F1TRW3", district: "SHANHAITIAN", status: "PENDING",
    description: "运营万平口、山海天等景区，希望引入低空观光、智慧票务与客流预测。",
    contact: ["郑凯", "13806330002", "zhengkai@travel.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "drone", kind: "TECH_FIRM", name: "山东海之翼无人机科技有限公司", body: "91371102MA3G5UAW4", district: "HIGH_TECH_ZONE",
    tier: "HIGH_TECH", flags: ["SPECIALIZED"], status: "VERIFIED",
    description: "专注工业级无人机与自动机场，产品用于港口设备巡检、森林防火和海上搜救，拥有首台（套）认定产品。",
    website: "https://uav.demo.scenebridge.cn", contact: ["陈静", "13906331234", "chenjing@uav.demo.scenebridge.cn"],
    owners: ["firm@demo.scenebridge.cn"], members: ["english@demo.scenebridge.cn"],
  },
  {
    key: "digital", kind: "TECH_FIRM", name: "日照智港数字科技有限公司", body: "91371102MA3H8DGT5", district: "ECONOMIC_DEVELOPMENT_ZONE",
    tier: "TECH_SME", status: "VERIFIED",
    description: "港口数字孪生、集装箱OCR识别与智能闸口系统供应商。",
    contact: ["黄磊", "13906332345", "huanglei@digital.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "material", kind: "TECH_FIRM", name: "日照蓝海新材料股份有限公司", body: "91371103MA3J2MAT6", district: "LANSHAN",
    tier: "TECH_LEADER", flags: ["LITTLE_GIANT", "SPECIALIZED"], status: "VERIFIED",
    description: "海洋防腐涂层与高性能复合材料，多个产品列入首批次新材料目录。",
    contact: ["林涛", "0633-2623456", "lintao@material.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "tea", kind: "TECH_FIRM", name: "五莲茶科智能装备有限公司", body: "91371121MA3K6TEA7", district: "WULIAN",
    tier: "STARTUP", status: "REJECTED", note: "营业执照照片与所填统一社会信用代码不一致，请核对后重新提交。",
    description: "茶园植保无人机与智能采茶装备初创企业。",
    contact: ["高峰", "13706333456", "gaofeng@tea.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "cloudmap", kind: "TECH_FIRM", name: "日照云图软件有限公司", body: "91371102MA3L9XFT8", district: "DONGGANG",
    tier: "TECH_SME", status: "PENDING",
    description: "城市运行一网统管、应急指挥调度软件，核心产品申报首版次软件。",
    contact: ["孙丽", "13706334567", "sunli@cloudmap.demo.scenebridge.cn"], owners: ["pending@demo.scenebridge.cn"],
  },
  {
    key: "vc", kind: "INVESTOR", name: "日照市科创投资基金管理有限公司", body: "91371100MA3M3WCF9", district: "DONGGANG",
    flags: ["VENTURE_INSTITUTION"], status: "VERIFIED",
    description: "市级科技创新引导基金管理人，重点投向海洋经济、低空经济和数字经济早期项目。",
    contact: ["刘洋", "0633-8456789", "liuyang@vc.demo.scenebridge.cn"], owners: ["investor@demo.scenebridge.cn"],
  },
  {
    key: "incubator", kind: "INVESTOR", name: "日照高新区创业孵化服务有限公司", body: "91371100MA3N7JNC0", district: "HIGH_TECH_ZONE",
    flags: ["INCUBATOR_OPERATOR"], status: "VERIFIED",
    description: "国家级科技企业孵化器运营主体，提供场地、路演和投融资对接服务。",
    contact: ["马超", "0633-8567890", "machao@incubator.demo.scenebridge.cn"], owners: ["admin@demo.scenebridge.cn"],
  },
  {
    key: "bureau", kind: "GOVERNMENT", name: "日照市科学技术局", body: "11371100MB1234567", district: "DONGGANG", status: "VERIFIED",
    description: "负责全市应用场景清单的征集、审核与发布，组织路演和政策兑现。",
    contact: ["李敏", "0633-8781234", "limin@kjj.demo.scenebridge.cn"], owners: ["reviewer@demo.scenebridge.cn"],
  },
];

export const DEMO_ACCOUNTS = USERS.map(({ email, description }) => ({ email, description }));

const ALL_ORGS: DemoOrg[] = [
  ...ORGS.map((org) => ({ ...org, members: [...(org.members ?? []), ...(EXTRA_MEMBERS_OF_EXISTING_ORGS[org.key] ?? []).map((user) => user.email)] })),
  ...MARKET_ORGS.map((org) => ({ ...org, owners: org.owners.map((user) => user.email), members: (org.members ?? []).map((user) => user.email) })),
];
const ALL_USERS: DemoUser[] = [
  ...USERS,
  ...[...Object.values(EXTRA_MEMBERS_OF_EXISTING_ORGS).flat(), ...MARKET_ORGS.flatMap((org) => [...org.owners, ...(org.members ?? [])])].map((user) => ({
    ...user,
    description: "demo organisation member",
  })),
];

for (const org of ALL_ORGS) {
  if (!isValidUscc(withUsccCheckCharacter(org.body))) throw new Error(`Demo USCC body for ${org.name} uses characters GB 32100-2015 forbids`);
}

/** Looks like the cuid the application generates, so seeded ids are indistinguishable from real ones. */
const newId = () => `c${randomBytes(12).toString("hex")}`;

/** Seeds everything in one transaction; call only on an empty database. */
export async function seedDemoData(prisma: PrismaClient) {
  const hash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const userIds = new Map(ALL_USERS.map((user) => [user.email, newId()]));
      if (userIds.size !== ALL_USERS.length) throw new Error("Demo users must have distinct emails");
      await tx.user.createMany({
        data: ALL_USERS.map((user) => ({ id: userIds.get(user.email)!, email: user.email, name: user.name, locale: user.locale ?? "zh" })),
      });
      await tx.password.createMany({ data: ALL_USERS.map((user) => ({ userId: userIds.get(user.email)!, hash })) });
      await tx.platformRole.createMany({
        data: ALL_USERS.flatMap((user) => (user.roles ?? []).map((role) => ({ userId: userIds.get(user.email)!, role }))),
      });

      const reviewerId = userIds.get("reviewer@demo.scenebridge.cn")!;
      const dayMs = 24 * 60 * 60 * 1000;
      const orgRows = ALL_ORGS.map((org, index) => {
        // Decided organisations joined before the marketplace opened; pending ones applied in the last days.
        const submittedAt =
          org.status === "PENDING" ? new Date(Date.now() - (index % 5 + 1) * dayMs) : new Date(Date.UTC(2025, 11, 1, 2) + index * dayMs);
        return { org, id: newId(), submittedAt, decidedAt: new Date(submittedAt.getTime() + dayMs / 2) };
      });
      await tx.organization.createMany({
        data: orgRows.map(({ org, id, submittedAt, decidedAt }) => ({
          id,
          kind: org.kind,
          name: org.name,
          uscc: withUsccCheckCharacter(org.body),
          district: org.district,
          tier: org.tier ?? null,
          flags: withImpliedFlags(org.flags ?? []),
          description: org.description,
          website: org.website ?? "",
          contactName: org.contact[0],
          contactPhone: org.contact[1],
          contactEmail: org.contact[2],
          verificationStatus: org.status,
          verificationNote: org.note ?? null,
          verifiedAt: org.status === "VERIFIED" ? decidedAt : null,
          verifiedById: org.status === "PENDING" ? null : reviewerId,
          submittedAt,
          createdAt: submittedAt,
        })),
      });

      const memberships = orgRows.flatMap(({ org, id }) => [
        ...org.owners.map((email) => ({ userId: userIds.get(email)!, orgId: id, role: "OWNER" as const })),
        ...(org.members ?? []).map((email) => ({ userId: userIds.get(email)!, orgId: id, role: "MEMBER" as const })),
      ]);
      await tx.membership.createMany({ data: memberships });
      // Each user acts for the first organisation they joined.
      const activeOrgOf = new Map<string, string>();
      for (const { userId, orgId } of memberships) if (!activeOrgOf.has(userId)) activeOrgOf.set(userId, orgId);
      const usersByActiveOrg = new Map<string, string[]>();
      for (const [userId, orgId] of activeOrgOf) usersByActiveOrg.set(orgId, [...(usersByActiveOrg.get(orgId) ?? []), userId]);
      for (const [orgId, ids] of usersByActiveOrg) await tx.user.updateMany({ where: { id: { in: ids } }, data: { activeOrgId: orgId } });

      const audit: Prisma.AuditLogCreateManyInput[] = [];
      const notifications: Prisma.NotificationCreateManyInput[] = [];
      for (const { org, id, submittedAt, decidedAt } of orgRows) {
        const ownerId = userIds.get(org.owners[0])!;
        audit.push({ actorId: ownerId, action: "organization.created", entityType: "Organization", entityId: id, createdAt: submittedAt });
        if (org.status !== "PENDING") {
          const decision = org.status === "VERIFIED" ? "verify" : "reject";
          audit.push({
            actorId: reviewerId,
            action: `organization.${decision}`,
            entityType: "Organization",
            entityId: id,
            after: { verificationStatus: org.status, verificationNote: org.note ?? null },
            createdAt: decidedAt,
          });
          notifications.push({
            userId: ownerId,
            type: org.status === "VERIFIED" ? "orgVerified" : "orgRejected",
            params: { org: org.name, reason: org.note ?? "" },
            link: `/orgs/${id}`,
            readAt: org.status === "VERIFIED" ? decidedAt : null,
            createdAt: decidedAt,
          });
        } else {
          for (const email of ["reviewer@demo.scenebridge.cn", "admin@demo.scenebridge.cn"]) {
            if (email === org.owners[0]) continue;
            notifications.push({ userId: userIds.get(email)!, type: "orgSubmitted", params: { org: org.name }, link: `/review/organizations/${id}`, createdAt: submittedAt });
          }
        }
      }
      await tx.auditLog.createMany({ data: audit });
      await tx.notification.createMany({ data: notifications });

      const seededOrgs = new Map<string, SeededOrg>(
        orgRows.map(({ org, id }) => [
          org.key,
          {
            id,
            name: org.name,
            status: org.status,
            // The platform administrator co-owns some foundation organisations; their own staff act for them.
            actingUserId: userIds.get([...org.owners, ...(org.members ?? [])].find((email) => email !== "admin@demo.scenebridge.cn") ?? org.owners[0])!,
            ownerIds: org.owners.map((email) => userIds.get(email)!),
            memberIds: (org.members ?? []).map((email) => userIds.get(email)!),
            contact: org.contact,
          },
        ]),
      );
      await seedMarketplace(tx, { orgs: seededOrgs, reviewerId });
    },
    { timeout: 60_000 },
  );
}

// `npm run db:seed`: seeds the database in DATABASE_URL (or the embedded one) when it has no users yet.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { runWithDatabase } = await import("../scripts/with-database");
  await runWithDatabase(async (prisma) => {
    if ((await prisma.user.count()) > 0) {
      console.log("The database already has users; nothing seeded.");
      return;
    }
    await seedDemoData(prisma);
    console.log(`Seeded ${ALL_USERS.length} users and ${ALL_ORGS.length} organisations with their scenarios, solutions, bids and cases.\n${DEMO_PASSWORD_NOTICE}`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(32)} ${account.description}`);
  });
}
