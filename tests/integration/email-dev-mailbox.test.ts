// Without SMTP_URL, emails land in the local development mailbox, which lists and shows them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingEmails } from "~/modules/notifications/email-outbox.server";
import { notify } from "~/modules/notifications/notifications.server";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.DEV_MAILBOX;
  db = await useTestSchema();
  http = await startHttpApp();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

describe("the local development mailbox", () => {
  it("receives the emails when no SMTP server is configured, and shows them newest first with their text", async () => {
    const user = await createUser({ name: "张伟" });
    await db.prisma.$transaction((tx) => notify(tx, [{ userId: user.id, type: "orgVerified", params: { org: "日照开发邮箱公司" }, link: "/orgs/org_7" }]));
    await db.prisma.$transaction((tx) => notify(tx, [{ userId: user.id, type: "memberAdded", params: { org: "第二封公司" }, link: "/orgs/org_7" }]));

    expect(await deliverPendingEmails()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const rows = await db.prisma.emailMessage.findMany({ where: { userId: user.id } });
    expect(rows.every((row) => row.status === "SENT" && row.sentAt !== null && row.attempts === 1)).toBe(true);
    expect(await deliverPendingEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });

    // On a developer's machine (NODE_ENV=test here) anyone may look, signed in or not.
    const list = await http.request("/dev/mailbox");
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain("本地开发邮箱");
    expect(html).toContain(user.email);
    expect(html.indexOf("第二封公司")).toBeGreaterThan(-1);
    expect(html.indexOf("第二封公司")).toBeLessThan(html.indexOf("日照开发邮箱公司"));
    expect(html).toContain("已发送");

    const first = rows.find((row) => row.subject.includes("日照开发邮箱公司"))!;
    const detail = await http.request(`/dev/mailbox/${first.id}`);
    expect(detail.status).toBe(200);
    const body = await detail.text();
    expect(body).toContain("【场景桥】“日照开发邮箱公司”已通过认证");
    expect(body).toContain("张伟，您好：");
    expect(body).toContain("http://localhost:3000/orgs/org_7");
    expect(body).toContain("SceneBridge 场景桥 &lt;no-reply@scenebridge.local&gt;");

    expect((await http.request("/dev/mailbox/nope")).status).toBe(404);
  });

  it("pages through many emails", async () => {
    await db.prisma.emailMessage.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        toAddress: `bulk${index}@test.scenebridge.cn`,
        subject: `批量邮件 ${index}`,
        textBody: "正文",
        createdAt: new Date(Date.now() + index * 1_000),
      })),
    });
    const page1 = await (await http.request("/dev/mailbox")).text();
    expect(page1).toContain("第 1 页，共 2 页");
    expect(page1).toContain("批量邮件 29");
    expect(page1).not.toContain("批量邮件 0<");
    const page2 = await http.request("/dev/mailbox?page=2");
    expect(page2.status).toBe(200);
    const html = await page2.text();
    expect(html).toContain("第 2 页，共 2 页");
    expect(html).not.toContain("批量邮件 29");

    // Past the last page: says so, with the number of emails and the way back, and lists none.
    const pastEnd = await http.request("/dev/mailbox?page=10001");
    expect(pastEnd.status).toBe(200);
    const pastHtml = await pastEnd.text();
    expect(pastHtml).toContain(`这一页没有结果，结果共 ${await db.prisma.emailMessage.count()} 个。`);
    expect(pastHtml).toContain("回到第一页");
    expect(pastHtml).not.toContain("批量邮件");
    expect(pastHtml).not.toContain("第 10001 页");
  });

  it("is for this machine: a visitor from another one (npm start listens on every interface) must be a signed-in reviewer", async () => {
    // Behind one trusted proxy, req.ip is the address the proxy names: a visitor on the local network.
    const proxied = await startHttpApp({ TRUST_PROXY: "1" });
    try {
      const fromElsewhere = { "X-Forwarded-For": "192.168.1.20" };
      const anonymous = await proxied.request("/dev/mailbox", { headers: fromElsewhere });
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("location")).toMatch(/^\/signin\?redirectTo=/);
      const member = await createUser();
      expect((await proxied.request("/dev/mailbox", { headers: fromElsewhere, cookie: member.cookie })).status).toBe(403);
      const reviewer = await createUser({ roles: ["REVIEWER"] });
      expect((await proxied.request("/dev/mailbox", { headers: fromElsewhere, cookie: reviewer.cookie })).status).toBe(200);
      // The same app still opens it to this machine.
      expect((await proxied.request("/dev/mailbox", { headers: { "X-Forwarded-For": "127.0.0.1" } })).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
