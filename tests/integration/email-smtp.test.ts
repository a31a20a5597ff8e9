// The delivery job against a local SMTP stand-in that speaks real SMTP: what a mail server receives over the
// wire (recipient, subject, UTF-8 Chinese body), retries with back-off on rejection, and one delivery per email
// even when several app processes run the job at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notify } from "~/modules/notifications/notifications.server";
import { deliverPendingEmails, MAX_DELIVERY_ATTEMPTS } from "~/modules/notifications/email-outbox.server";
import { createUser } from "../setup/factories";
import { startSmtpStandin, STANDIN_USER } from "../setup/smtp-standin";
import { useTestSchema } from "../setup/test-database";

let smtp: Awaited<ReturnType<typeof startSmtpStandin>>;
let db: Awaited<ReturnType<typeof useTestSchema>>;

beforeAll(async () => {
  smtp = await startSmtpStandin();
  // Set before anything reads the environment: the job takes SMTP_URL from the validated environment.
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://scenebridge.example.cn";
  process.env.MAIL_FROM = "SceneBridge 场景桥 <no-reply@scenebridge.example.cn>";
  db = await useTestSchema();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await smtp?.close();
  await db?.drop();
});
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.state.rejectRecipients = false;
  await db.prisma.emailMessage.deleteMany();
});

async function notifyVerified(userId: string, org: string) {
  await db.prisma.$transaction((tx) => notify(tx, [{ userId, type: "orgVerified", params: { org }, link: "/orgs/org_42" }]));
}

describe("email delivery through SMTP", () => {
  it("sends the queued email to the recipient with its Chinese subject and body intact", async () => {
    const owner = await createUser({ name: "张伟" });
    await notifyVerified(owner.id, "日照海港集团有限公司");

    const report = await deliverPendingEmails();

    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.envelopeTo).toEqual([owner.email]);
    expect(mail.envelopeFrom).toBe("no-reply@scenebridge.example.cn");
    expect(mail.authUser).toBe(STANDIN_USER);
    expect(mail.headers.get("to")).toContain(owner.email);
    expect(mail.subject).toBe("【场景桥】“日照海港集团有限公司”已通过认证");
    expect(mail.text).toContain("张伟，您好：");
    expect(mail.text).toContain("查看详情：https://scenebridge.example.cn/orgs/org_42");
    expect(mail.text).toContain("https://scenebridge.example.cn/account/notifications");
    const row = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: owner.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();

    // Idempotent: a second run finds nothing to send.
    expect(await deliverPendingEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("writes to an English reader in English", async () => {
    const emma = await createUser({ name: "Emma Clarke", locale: "en" });
    await notifyVerified(emma.id, "Haizhiyi Drones");
    await deliverPendingEmails();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].subject).toBe("[SceneBridge] “Haizhiyi Drones” is now verified");
    expect(smtp.received[0].text).toContain("Hello Emma Clarke,");
  });

  it("retries a rejected email with growing delays, then marks it failed with the server's answer", async () => {
    smtp.state.rejectRecipients = true;
    const owner = await createUser();
    await notifyVerified(owner.id, "日照测试集团");
    const start = new Date();
    let now = start;
    const waits: number[] = [];

    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const row = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: owner.id } });
      expect(row.status).toBe("PENDING");
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("550");
      waits.push(row.sendAfter.getTime() - now.getTime());
      // Not due yet: a run just before the retry time leaves it alone.
      expect(await deliverPendingEmails({ now: new Date(row.sendAfter.getTime() - 1_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
      now = row.sendAfter;
    }
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);

    expect(await deliverPendingEmails({ now })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: owner.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toMatch(/550/);
    expect(smtp.received).toHaveLength(0);

    // A failed email is never picked up again.
    smtp.state.rejectRecipients = false;
    expect(await deliverPendingEmails({ now: new Date(now.getTime() + 86_400_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("a retried email goes out once the server accepts it again", async () => {
    smtp.state.rejectRecipients = true;
    const owner = await createUser();
    await notifyVerified(owner.id, "日照测试集团");
    await deliverPendingEmails();
    smtp.state.rejectRecipients = false;
    expect(await deliverPendingEmails({ now: new Date(Date.now() + 61_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    const row = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: owner.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it("delivers each email exactly once when several processes run the job at the same time", async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    await db.prisma.$transaction((tx) =>
      notify(tx, users.map((user) => ({ userId: user.id, type: "memberAdded", params: { org: "并发测试" }, link: "/orgs/x" }))),
    );
    const reports = await Promise.all([deliverPendingEmails(), deliverPendingEmails(), deliverPendingEmails()]);

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(6);
    expect(smtp.received.map((mail) => mail.envelopeTo[0]).sort()).toEqual(users.map((user) => user.email).sort());
    expect(await db.prisma.emailMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(6);
  });
});
