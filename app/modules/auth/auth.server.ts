// Accounts: sign-up, sign-in, password change, profile.
import { Prisma } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/modules/audit/audit.server";
import { prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password.server";
import { revokeOtherSessions } from "./session.server";

export class EmailTakenError extends Error {}

/** Creates the account and turns any pending invitations for this email into memberships. */
export async function signUp(input: { name: string; email: string; password: string; locale: Locale }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          locale: input.locale,
          password: { create: { hash: passwordHash } },
        },
        select: { id: true },
      });
      const invitations = await tx.invitation.findMany({
        where: { email: input.email, acceptedAt: null },
        select: { id: true, orgId: true, role: true },
      });
      for (const invitation of invitations) {
        await tx.membership.create({ data: { userId: user.id, orgId: invitation.orgId, role: invitation.role } });
        await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
        await writeAudit(tx, {
          actorId: user.id,
          action: "membership.accepted_invitation",
          entityType: "Organization",
          entityId: invitation.orgId,
          after: { userId: user.id, role: invitation.role },
        });
      }
      if (invitations[0]) await tx.user.update({ where: { id: user.id }, data: { activeOrgId: invitations[0].orgId } });
      await writeAudit(tx, { actorId: user.id, action: "user.signed_up", entityType: "User", entityId: user.id });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

/** Returns the user id when the email and password match, else null (same timing either way). */
export async function verifyCredentials(email: string, password: string): Promise<string | null> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, password: { select: { hash: true } } },
  });
  if (!user?.password) {
    await verifyAgainstDummy(password);
    return null;
  }
  return (await verifyPassword(user.password.hash, password)) ? user.id : null;
}

/** Changes the password after checking the current one; other sessions are signed out. */
export async function changePassword(input: {
  userId: string;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<"ok" | "wrong-password"> {
  const stored = await prisma.password.findUnique({ where: { userId: input.userId }, select: { hash: true } });
  if (!stored || !(await verifyPassword(stored.hash, input.currentPassword))) return "wrong-password";
  const hash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.password.update({ where: { userId: input.userId }, data: { hash } });
    await writeAudit(tx, { actorId: input.userId, action: "user.password_changed", entityType: "User", entityId: input.userId });
  });
  await revokeOtherSessions(input.userId, input.sessionId);
  return "ok";
}

export async function updateProfile(userId: string, input: { name: string; locale: Locale }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, locale: true } });
    await tx.user.update({ where: { id: userId }, data: input });
    await writeAudit(tx, { actorId: userId, action: "user.profile_updated", entityType: "User", entityId: userId, before, after: input });
  });
}

export async function setUserLocale(userId: string, locale: Locale) {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}
