// Sessions as in Lucia's current guide: a random token lives only in the browser's httpOnly cookie;
// the database keeps its SHA-256 hash. 30-day expiry, renewed (sliding) when less than half remains.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "~/utils/db.server";
import { cookiesAreSecure } from "~/utils/env.server";

export const SESSION_COOKIE = "sb_session";
export const SESSION_DURATION_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_WHEN_REMAINING_MS = SESSION_DURATION_MS / 2;

export function generateSessionToken(): string {
  return randomBytes(24).toString("base64url");
}

export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  userId: string,
  meta: { userAgent?: string | null; ipAddress?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DURATION_MS);
  await prisma.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
    },
  });
  return { token, expiresAt };
}

export type SessionValidation = {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  /** True when the expiry was pushed forward and the cookie must be sent again. */
  renewed: boolean;
};

export async function validateSessionToken(token: string): Promise<SessionValidation | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const sessionId = sessionIdFromToken(token);
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (session.expiresAt.getTime() - now < RENEW_WHEN_REMAINING_MS) {
    const expiresAt = new Date(now + SESSION_DURATION_MS);
    await prisma.session.update({ where: { id: sessionId }, data: { expiresAt, lastUsedAt: new Date(now) } });
    return { sessionId, userId: session.userId, expiresAt, renewed: true };
  }
  return { sessionId, userId: session.userId, expiresAt: session.expiresAt, renewed: false };
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function listUserSessions(userId: string) {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, lastUsedAt: true, expiresAt: true, userAgent: true, ipAddress: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Revokes one of the user's own sessions; a session id of someone else is silently not found. */
export async function revokeUserSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

export async function revokeOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  return count;
}

export function sessionCookieHeader(token: string, expiresAt: Date): string {
  const secure = cookiesAreSecure() ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure}`;
}

export function clearSessionCookieHeader(): string {
  const secure = cookiesAreSecure() ? "; Secure" : "";
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}
