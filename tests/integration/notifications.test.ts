// Notifications end to end: which emails notify() queues per preference, the daily digest, the notification
// centre over HTTP (open marks read, unread filter, strangers get 404) and the preferences page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueDailyDigests } from "~/modules/notifications/email-digest.server";
import { saveNotificationPreference } from "~/modules/notifications/preferences.server";
import { notify } from "~/modules/notifications/notifications.server";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;

beforeAll(async () => {
  process.env.APP_URL = "https://scenebridge.example.cn";
  db = await useTestSchema();
  http = await startHttpApp({ APP_URL: "https://scenebridge.example.cn" });
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type TestUser = Awaited<ReturnType<typeof createUser>>;

async function setPreference(user: TestUser, emailEnabled: boolean, frequency: "IMMEDIATE" | "DAILY" | "NONE") {
  await db.prisma.notificationPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, emailEnabled, frequency }, update: { emailEnabled, frequency } });
}

async function notifyOne(user: TestUser, org: string, actorId?: string) {
  await db.prisma.$transaction((tx) => notify(tx, [{ userId: user.id, type: "orgVerified", params: { org }, link: "/orgs/org_1" }], actorId));
}

const emailsOf = (user: TestUser) => db.prisma.emailMessage.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });

describe("notify() and email preferences", () => {
  it("queues one email per notification by default, in the recipient's language", async () => {
    const zhUser = await createUser({ name: "张伟" });
    const enUser = await createUser({ name: "Emma", locale: "en" });
    await db.prisma.$transaction((tx) =>
      notify(tx, [
        { userId: zhUser.id, type: "orgVerified", params: { org: "日照海港" }, link: "/orgs/a" },
        { userId: zhUser.id, type: "memberAdded", params: { org: "日照海港" }, link: "/orgs/a" },
        { userId: enUser.id, type: "orgVerified", params: { org: "日照海港" }, link: "/orgs/a" },
      ]),
    );
    const zhEmails = await emailsOf(zhUser);
    expect(zhEmails).toHaveLength(2);
    expect(zhEmails.map((email) => email.subject).sort()).toEqual(["【场景桥】“日照海港”已通过认证", "【场景桥】您已被添加为“日照海港”的成员"].sort());
    expect(zhEmails[0]).toMatchObject({ toAddress: zhUser.email, status: "PENDING", attempts: 0 });
    expect(zhEmails[0].textBody).toContain("https://scenebridge.example.cn/orgs/a");
    const [enEmail] = await emailsOf(enUser);
    expect(enEmail.subject).toBe("[SceneBridge] “日照海港” is now verified");
  });

  it("queues nothing for DAILY (left to the digest), NONE, or email switched off — but still notifies in-app", async () => {
    const daily = await createUser();
    const none = await createUser();
    const off = await createUser();
    await setPreference(daily, true, "DAILY");
    await setPreference(none, true, "NONE");
    await setPreference(off, false, "IMMEDIATE");
    for (const user of [daily, none, off]) await notifyOne(user, "日照测试");
    for (const user of [daily, none, off]) {
      expect(await emailsOf(user)).toHaveLength(0);
      expect(await db.prisma.notification.count({ where: { userId: user.id } })).toBe(1);
    }
  });

  it("never emails the person who caused the notification", async () => {
    const actor = await createUser();
    await notifyOne(actor, "日照测试", actor.id);
    expect(await emailsOf(actor)).toHaveLength(0);
    expect(await db.prisma.notification.count({ where: { userId: actor.id } })).toBe(0);
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const user = await createUser();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await notify(tx, [{ userId: user.id, type: "orgVerified", params: { org: "回滚" } }]);
        throw new Error("the business change failed");
      }),
    ).rejects.toThrow("the business change failed");
    expect(await emailsOf(user)).toHaveLength(0);
    expect(await db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("daily digest", () => {
  it("sends one digest per user per day with the unread notifications since the last one", async () => {
    const user = await createUser({ name: "张伟" });
    const enUser = await createUser({ name: "Emma", locale: "en" });
    const immediate = await createUser();
    await setPreference(user, true, "DAILY");
    await setPreference(enUser, true, "DAILY");
    await notifyOne(user, "甲公司");
    await notifyOne(user, "乙公司");
    await notifyOne(enUser, "Alpha Ltd");
    await notifyOne(immediate, "丙公司");
    // A notification already read is not worth a reminder.
    await db.prisma.notification.updateMany({ where: { userId: user.id, params: { equals: { org: "乙公司" } } }, data: { readAt: new Date() } });

    const day1 = new Date();
    await queueDailyDigests({ now: day1 });
    const digests = await emailsOf(user);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe("【场景桥】您有 1 条未读通知（每日摘要）");
    expect(digests[0].textBody).toContain("“甲公司”已通过认证");
    expect(digests[0].textBody).not.toContain("乙公司");
    const [enDigest] = await emailsOf(enUser);
    expect(enDigest.subject).toBe("[SceneBridge] You have 1 unread notifications (daily digest)");
    expect(enDigest.textBody).toContain("“Alpha Ltd” is now verified");
    // Users on IMMEDIATE got their email already and get no digest.
    expect((await emailsOf(immediate)).map((email) => email.subject)).toEqual(["【场景桥】“丙公司”已通过认证"]);

    // Same day: nothing more, even with new notifications.
    await notifyOne(user, "丁公司");
    await queueDailyDigests({ now: new Date(day1.getTime() + 23 * 3_600_000) });
    expect(await emailsOf(user)).toHaveLength(1);

    // Next day: only what arrived since the last digest.
    await queueDailyDigests({ now: new Date(day1.getTime() + 24 * 3_600_000 + 1_000) });
    const after = await emailsOf(user);
    expect(after).toHaveLength(2);
    expect(after[1].textBody).toContain("丁公司");
    expect(after[1].textBody).not.toContain("甲公司");

    // A day with nothing unread and new sends nothing.
    await queueDailyDigests({ now: new Date(day1.getTime() + 49 * 3_600_000) });
    expect(await emailsOf(user)).toHaveLength(2);
  });

  it("queues a single digest when several processes run the job at once", async () => {
    const user = await createUser();
    await setPreference(user, true, "DAILY");
    await notifyOne(user, "并发公司");
    const now = new Date();
    await Promise.all([queueDailyDigests({ now }), queueDailyDigests({ now }), queueDailyDigests({ now })]);
    expect(await emailsOf(user)).toHaveLength(1);
  });

  it("never emails a notification twice when a user moves from immediate emails to the daily digest", async () => {
    const user = await createUser();
    await notifyOne(user, "即时公司"); // IMMEDIATE by default: emailed at once, still unread
    expect(await emailsOf(user)).toHaveLength(1);
    await saveNotificationPreference(user.id, { emailEnabled: true, frequency: "DAILY" });
    const switched = new Date();
    await queueDailyDigests({ now: new Date(switched.getTime() + 1_000) });
    expect(await emailsOf(user)).toHaveLength(1);

    await notifyOne(user, "摘要公司");
    await queueDailyDigests({ now: new Date(switched.getTime() + 24 * 3_600_000 + 1_000) });
    const emails = await emailsOf(user);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.textBody).toContain("摘要公司");
    expect(emails[1]!.textBody).not.toContain("即时公司");
  });

  it("brings the unread notifications never emailed, and only those, in the first digest after email was off", async () => {
    const user = await createUser();
    await notifyOne(user, "即时邮件公司"); // default: emailed at once
    await saveNotificationPreference(user.id, { emailEnabled: false, frequency: "IMMEDIATE" });
    await notifyOne(user, "静默公司");
    expect(await emailsOf(user)).toHaveLength(1);
    await saveNotificationPreference(user.id, { emailEnabled: true, frequency: "DAILY" });
    await queueDailyDigests({ now: new Date(Date.now() + 24 * 3_600_000 + 1_000) });
    const emails = await emailsOf(user);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.textBody).toContain("静默公司");
    expect(emails[1]!.textBody).not.toContain("即时邮件公司");
  });

  it("sends no digest when email is switched off", async () => {
    const user = await createUser();
    await setPreference(user, false, "DAILY");
    await notifyOne(user, "关闭公司");
    await queueDailyDigests();
    expect(await emailsOf(user)).toHaveLength(0);
  });
});

describe("notification centre over HTTP", () => {
  it("opening a notification is a POST that marks it read and then follows its link", async () => {
    const user = await createUser();
    await notifyOne(user, "打开公司");
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: user.id } });

    // Looking at the list changes nothing.
    const list = await http.request("/notifications", { cookie: user.cookie });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain("“打开公司”已通过认证");
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();

    const opened = await http.request("/notifications", { cookie: user.cookie, form: { intent: "open", notificationId: notification.id } });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/orgs/org_1");
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).not.toBeNull();
  });

  it("never redirects off the site, whatever link was stored", async () => {
    const user = await createUser();
    await db.prisma.notification.create({ data: { userId: user.id, type: "orgVerified", params: { org: "x" }, link: "//evil.example/phish" } });
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: user.id } });
    const opened = await http.request("/notifications", { cookie: user.cookie, form: { intent: "open", notificationId: notification.id } });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/notifications");
  });

  it("filters unread notifications and shows the unread count in the header", async () => {
    const user = await createUser();
    await notifyOne(user, "未读公司");
    await notifyOne(user, "已读公司");
    await db.prisma.notification.updateMany({ where: { userId: user.id, params: { equals: { org: "已读公司" } } }, data: { readAt: new Date() } });

    const unread = await (await http.request("/notifications?filter=unread", { cookie: user.cookie })).text();
    expect(unread).toContain("未读公司");
    expect(unread).not.toContain("已读公司");
    expect(unread).toContain("1 条未读");
    const all = await (await http.request("/notifications", { cookie: user.cookie })).text();
    expect(all).toContain("未读公司");
    expect(all).toContain("已读公司");

    await db.prisma.notification.updateMany({ where: { userId: user.id }, data: { readAt: new Date() } });
    expect(await (await http.request("/notifications?filter=unread", { cookie: user.cookie })).text()).toContain("没有未读通知。");
  });

  it("answers 404 to anyone opening or marking another person's notification, and leaves it unread", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    await notifyOne(owner, "私密公司");
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: owner.id } });

    const strangerList = await (await http.request("/notifications", { cookie: stranger.cookie })).text();
    expect(strangerList).not.toContain("私密公司");
    for (const intent of ["open", "mark-read"]) {
      const response = await http.request("/notifications", { cookie: stranger.cookie, form: { intent, notificationId: notification.id } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("私密公司");
    }
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();

    const anonymous = await http.request("/notifications", { form: { intent: "open", notificationId: notification.id } });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/signin/);
  });

  it("answers 404, not 500, to hostile notification ids", async () => {
    const user = await createUser();
    for (const notificationId of ["", "x".repeat(10_000), "'; DROP TABLE \"Notification\"; --", "😀"]) {
      const response = await http.request("/notifications", { cookie: user.cookie, form: { intent: "open", notificationId } });
      expect(response.status).toBe(404);
    }
  });
});

describe("/account/notifications", () => {
  it("requires sign-in", async () => {
    for (const init of [{}, { form: { emailEnabled: "on", frequency: "DAILY" } }]) {
      const response = await http.request("/account/notifications", init);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/signin\?redirectTo=%2Faccount%2Fnotifications/);
    }
  });

  it("shows the defaults, saves the signed-in user's own choice and nobody else's", async () => {
    const user = await createUser();
    const other = await createUser();
    await setPreference(other, true, "IMMEDIATE");

    const page = await http.request("/account/notifications", { cookie: user.cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("通知设置");
    expect(html).toMatch(/<input[^>]*value="IMMEDIATE"[^>]*checked|<input[^>]*checked[^>]*value="IMMEDIATE"/);

    const saved = await http.request("/account/notifications", { cookie: user.cookie, form: { emailEnabled: "on", frequency: "DAILY", userId: other.id } });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/account/notifications");
    expect(await db.prisma.notificationPreference.findUnique({ where: { userId: user.id } })).toMatchObject({ emailEnabled: true, frequency: "DAILY" });
    expect(await db.prisma.notificationPreference.findUnique({ where: { userId: other.id } })).toMatchObject({ emailEnabled: true, frequency: "IMMEDIATE" });

    // An unchecked checkbox sends nothing: email off.
    await http.request("/account/notifications", { cookie: user.cookie, form: { frequency: "IMMEDIATE" } });
    expect(await db.prisma.notificationPreference.findUnique({ where: { userId: user.id } })).toMatchObject({ emailEnabled: false, frequency: "IMMEDIATE" });
    await notifyOne(user, "关闭后公司");
    expect(await emailsOf(user)).toHaveLength(0);
  });

  it("is one of the account tabs", async () => {
    const user = await createUser();
    const html = await (await http.request("/account", { cookie: user.cookie })).text();
    expect(html).toContain('href="/account/notifications"');
  });

  it("rejects bad input with a 400 in the reader's language, keeps what was typed and saves nothing", async () => {
    const user = await createUser();
    const enUser = await createUser({ locale: "en" });
    const hostile = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "'; DROP TABLE \"User\"; --", "😀🚁", "daily", "\u0000"];
    for (const frequency of hostile) {
      const response = await http.request("/account/notifications", { cookie: user.cookie, form: { emailEnabled: "on", frequency } });
      expect(response.status, JSON.stringify(frequency).slice(0, 40)).toBe(400);
      const html = await response.text();
      expect(html).toContain("请选择一种邮件频率");
      expect(html).not.toContain("<script>alert('xss')</script>");
      // The checkbox the user ticked stays ticked.
      expect(html).toMatch(/<input[^>]*name="emailEnabled"[^>]*checked|<input[^>]*checked[^>]*name="emailEnabled"/);
    }
    const english = await http.request("/account/notifications", { cookie: enUser.cookie, form: { frequency: "WEEKLY" } });
    expect(english.status).toBe(400);
    expect(await english.text()).toContain("Choose an email frequency");
    const odd = await http.request("/account/notifications", { cookie: user.cookie, form: { emailEnabled: "maybe", frequency: "DAILY" } });
    expect(odd.status).toBe(400);
    expect(await db.prisma.notificationPreference.count({ where: { userId: { in: [user.id, enUser.id] } } })).toBe(0);
  });
});
