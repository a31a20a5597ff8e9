import { describe, expect, it } from "vitest";
import { absoluteLink, renderDigestEmail, renderNotificationEmail } from "./email-rendering";
import { devMailboxAccess } from "./dev-mailbox-access";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./email-outbox.server";

const BASE = "https://scenebridge.example.cn";
const verified = { type: "orgVerified", params: { org: "日照海港集团" }, link: "/orgs/org_1" };

describe("notification emails", () => {
  it("are written in Chinese for a Chinese reader, with the absolute link and the preferences footer", () => {
    const email = renderNotificationEmail({ locale: "zh", recipientName: "张伟", notification: verified, baseUrl: BASE });
    expect(email.subject).toBe("【场景桥】“日照海港集团”已通过认证");
    expect(email.text).toContain("张伟，您好：");
    expect(email.text).toContain("“日照海港集团”已通过认证");
    expect(email.text).toContain("查看详情：https://scenebridge.example.cn/orgs/org_1");
    expect(email.text).toContain("https://scenebridge.example.cn/account/notifications");
    expect(email.text).toContain("开启了邮件通知");
  });

  it("are written in English for an English reader", () => {
    const email = renderNotificationEmail({ locale: "en", recipientName: "Emma", notification: verified, baseUrl: BASE });
    expect(email.subject).toBe("[SceneBridge] “日照海港集团” is now verified");
    expect(email.text).toContain("Hello Emma,");
    expect(email.text).toContain("Open: https://scenebridge.example.cn/orgs/org_1");
    expect(email.text).toContain("To change or turn them off, visit: https://scenebridge.example.cn/account/notifications");
    expect(email.text).not.toMatch(/[您查]/);
  });

  it("render domain types that are full i18n keys", () => {
    const email = renderNotificationEmail({
      locale: "zh",
      recipientName: "李敏",
      notification: { type: "mail.flash.preferencesSaved", params: {}, link: null },
      baseUrl: BASE,
    });
    expect(email.subject).toBe("【场景桥】通知设置已保存");
    expect(email.text).not.toContain("查看详情");
  });

  it("name a publication batch as the reader's language writes it", () => {
    const published = { type: "scenario.notify.published", params: { title: "港区无人机巡检", batch: "2026年第二批" }, link: "/workspace/scenarios/s_1" };
    expect(renderNotificationEmail({ locale: "en", recipientName: "Emma", notification: published, baseUrl: BASE }).subject).toBe(
      "[SceneBridge] Your scenario “港区无人机巡检” was approved and published in Batch 2, 2026",
    );
    expect(renderNotificationEmail({ locale: "zh", recipientName: "张伟", notification: published, baseUrl: BASE }).subject).toBe(
      "【场景桥】您的需求“港区无人机巡检”已审核通过，列入2026年第二批发布",
    );
  });

  it("keep user-typed text as it is (plain text, no HTML escaping) and the subject on one short line", () => {
    const email = renderNotificationEmail({
      locale: "zh",
      recipientName: "<b>王</b>",
      notification: { type: "orgRejected", params: { org: "A&B <公司>", reason: "第一行\n第二行 ".repeat(100) }, link: "/orgs/x" },
      baseUrl: BASE,
    });
    expect(email.text).toContain("<b>王</b>，您好：");
    expect(email.text).toContain("“A&B <公司>”认证未通过");
    expect(email.subject).not.toContain("\n");
    expect(email.subject.length).toBeLessThanOrEqual(150);
  });

  it("never mail a link that leaves the site", () => {
    expect(absoluteLink(BASE, "https://evil.example/phish")).toBeNull();
    expect(absoluteLink(BASE, "//evil.example/phish")).toBeNull();
    expect(absoluteLink("http://localhost:3000", "/notifications")).toBe("http://localhost:3000/notifications");
  });
});

describe("digest emails", () => {
  const items = [
    { ...verified, createdAt: new Date("2026-03-02T02:00:00Z") },
    { type: "memberAdded", params: { org: "山东海之翼" }, link: "/orgs/org_2", createdAt: new Date("2026-03-01T02:00:00Z") },
  ];

  it("list every unread notification in the reader's language", () => {
    const zh = renderDigestEmail({ locale: "zh", recipientName: "张伟", notifications: items, total: 2, baseUrl: BASE });
    expect(zh.subject).toBe("【场景桥】您有 2 条未读通知（每日摘要）");
    expect(zh.text).toContain("• “日照海港集团”已通过认证");
    expect(zh.text).toContain("• 您已被添加为“山东海之翼”的成员");
    expect(zh.text).toContain("  https://scenebridge.example.cn/orgs/org_2");
    expect(zh.text).toContain("https://scenebridge.example.cn/account/notifications");

    const en = renderDigestEmail({ locale: "en", recipientName: "Emma", notifications: items, total: 2, baseUrl: BASE });
    expect(en.subject).toBe("[SceneBridge] You have 2 unread notifications (daily digest)");
    expect(en.text).toContain("• You were added as a member of “山东海之翼”");
  });

  it("say how many more there are when the list is cut", () => {
    const email = renderDigestEmail({ locale: "en", recipientName: "Emma", notifications: items, total: 42, baseUrl: BASE });
    expect(email.text).toContain("…and 40 more in your notification centre.");
  });
});

describe("delivery retries", () => {
  it("back off 1 min, 5 min, 30 min, 2 h and give up after the 5th attempt", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
  });
});

describe("dev mailbox access", () => {
  const reviewer = { roles: ["REVIEWER"] };
  const member = { roles: [] };
  const local = "127.0.0.1";
  it("does not exist when turned off, whoever asks", () => {
    for (const nodeEnv of ["development", "test", "production"] as const) {
      expect(devMailboxAccess({ enabled: false, nodeEnv, user: reviewer, clientIp: local })).toBe("not-found");
    }
  });
  it("is open to anyone on a developer's machine, from that machine", () => {
    for (const clientIp of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(devMailboxAccess({ enabled: true, nodeEnv: "development", user: null, clientIp })).toBe("allowed");
    }
    expect(devMailboxAccess({ enabled: true, nodeEnv: "test", user: member, clientIp: local })).toBe("allowed");
  });
  it("from another machine (npm start listens on every interface) asks for a reviewer or admin, as in production", () => {
    for (const clientIp of ["192.168.1.20", "::ffff:10.0.0.5", "fe80::1", "1127.0.0.1", null]) {
      expect(devMailboxAccess({ enabled: true, nodeEnv: "development", user: null, clientIp })).toBe("sign-in");
      expect(devMailboxAccess({ enabled: true, nodeEnv: "development", user: member, clientIp })).toBe("forbidden");
      expect(devMailboxAccess({ enabled: true, nodeEnv: "development", user: reviewer, clientIp })).toBe("allowed");
    }
  });
  it("elsewhere asks for sign-in and admits only reviewers and admins", () => {
    expect(devMailboxAccess({ enabled: true, nodeEnv: "production", user: null, clientIp: local })).toBe("sign-in");
    expect(devMailboxAccess({ enabled: true, nodeEnv: "production", user: member, clientIp: local })).toBe("forbidden");
    expect(devMailboxAccess({ enabled: true, nodeEnv: "production", user: reviewer, clientIp: local })).toBe("allowed");
    expect(devMailboxAccess({ enabled: true, nodeEnv: "production", user: { roles: ["ADMIN"] }, clientIp: local })).toBe("allowed");
  });
});
