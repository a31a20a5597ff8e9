// Accounts and sessions against real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, EmailTakenError, signUp, verifyCredentials } from "~/modules/auth/auth.server";
import { createSession, listUserSessions, revokeUserSession, sessionIdFromToken, validateSessionToken, SESSION_DURATION_MS } from "~/modules/auth/session.server";
import { TEST_PASSWORD, uniqueEmail } from "../setup/factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
beforeAll(async () => {
  db = await useTestSchema();
});
afterAll(async () => {
  await db.drop();
});

describe("accounts", () => {
  it("stores an argon2id hash in its own table and signs in with the right password only", async () => {
    const email = uniqueEmail();
    const user = await signUp({ name: "王芳", email, password: TEST_PASSWORD, locale: "zh" });
    const stored = await db.prisma.password.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyCredentials(email, TEST_PASSWORD)).toBe(user.id);
    expect(await verifyCredentials(email, "wrong password")).toBeNull();
    expect(await verifyCredentials(uniqueEmail(), TEST_PASSWORD)).toBeNull();
  });

  it("refuses a second account with the same email", async () => {
    const email = uniqueEmail();
    await signUp({ name: "甲", email, password: TEST_PASSWORD, locale: "zh" });
    await expect(signUp({ name: "乙", email, password: TEST_PASSWORD, locale: "en" })).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("keeps only the SHA-256 of the session token and renews sessions past half their life", async () => {
    const user = await signUp({ name: "李雷", email: uniqueEmail(), password: TEST_PASSWORD, locale: "zh" });
    const { token } = await createSession(user.id);
    const row = await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.id).toBe(sessionIdFromToken(token));
    expect(row.id).not.toContain(token);

    const fresh = await validateSessionToken(token);
    expect(fresh?.renewed).toBe(false);

    const nearlyExpired = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await db.prisma.session.update({ where: { id: row.id }, data: { expiresAt: nearlyExpired } });
    const renewed = await validateSessionToken(token);
    expect(renewed?.renewed).toBe(true);
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_DURATION_MS - 60_000);

    await db.prisma.session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await validateSessionToken(token)).toBeNull();
    expect(await db.prisma.session.count({ where: { id: row.id } })).toBe(0);
  });

  it("lets a user revoke only their own sessions", async () => {
    const alice = await signUp({ name: "Alice", email: uniqueEmail(), password: TEST_PASSWORD, locale: "en" });
    const bob = await signUp({ name: "Bob", email: uniqueEmail(), password: TEST_PASSWORD, locale: "en" });
    const aliceSession = await createSession(alice.id);
    const aliceId = sessionIdFromToken(aliceSession.token);
    expect(await revokeUserSession(bob.id, aliceId)).toBe(false);
    expect(await validateSessionToken(aliceSession.token)).not.toBeNull();
    expect(await revokeUserSession(alice.id, aliceId)).toBe(true);
    expect(await validateSessionToken(aliceSession.token)).toBeNull();
  });

  it("changes the password only with the current one and signs out other sessions", async () => {
    const email = uniqueEmail();
    const user = await signUp({ name: "韩梅梅", email, password: TEST_PASSWORD, locale: "zh" });
    const here = await createSession(user.id);
    const elsewhere = await createSession(user.id);
    const hereId = sessionIdFromToken(here.token);
    expect(await changePassword({ userId: user.id, sessionId: hereId, currentPassword: "nope nope", newPassword: "a new password 1" })).toBe("wrong-password");
    expect(await changePassword({ userId: user.id, sessionId: hereId, currentPassword: TEST_PASSWORD, newPassword: "a new password 1" })).toBe("ok");
    expect(await verifyCredentials(email, "a new password 1")).toBe(user.id);
    const remaining = await listUserSessions(user.id);
    expect(remaining.map((s) => s.id)).toEqual([hereId]);
    expect(await validateSessionToken(elsewhere.token)).toBeNull();
  });
});
