// With DEV_MAILBOX off (as in production) the dev mailbox does not exist, and with no SMTP server either,
// emails wait in the outbox instead of being marked sent.
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
  process.env.DEV_MAILBOX = "false";
  db = await useTestSchema();
  http = await startHttpApp({ DEV_MAILBOX: "false" });
});
afterAll(async () => {
  delete process.env.DEV_MAILBOX;
  await http?.close();
  await db?.drop();
});

describe("DEV_MAILBOX=false", () => {
  it("answers 404 on the mailbox pages to everyone, reviewers included, and shows no email", async () => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const user = await createUser();
    await db.prisma.$transaction((tx) => notify(tx, [{ userId: user.id, type: "orgVerified", params: { org: "保密公司" } }]));
    const email = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: user.id } });
    for (const cookie of [undefined, user.cookie, reviewer.cookie]) {
      for (const path of ["/dev/mailbox", `/dev/mailbox/${email.id}`]) {
        const response = await http.request(path, { cookie });
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain("保密公司");
      }
    }
  });

  it("keeps emails pending when there is nowhere to send them", async () => {
    const user = await createUser();
    await db.prisma.$transaction((tx) => notify(tx, [{ userId: user.id, type: "orgVerified", params: { org: "等待公司" } }]));
    expect(await deliverPendingEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
