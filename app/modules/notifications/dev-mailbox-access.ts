// Who may open the local development mailbox. It exists only when DEV_MAILBOX is on. In development and tests
// anyone on this machine may look (the request comes from a loopback address); from anywhere else, and in
// production, only reviewers and admins: `npm start` listens on every interface, and the mailbox holds every
// email the app sent, password-reset links included.
export type DevMailboxAccess = "not-found" | "sign-in" | "forbidden" | "allowed";

export function devMailboxAccess(input: {
  enabled: boolean;
  nodeEnv: "development" | "production" | "test";
  user: { roles: string[] } | null;
  /** The client's address (Express's req.ip, which honours TRUST_PROXY), or null when unknown. */
  clientIp: string | null;
}): DevMailboxAccess {
  if (!input.enabled) return "not-found";
  if ((input.nodeEnv === "development" || input.nodeEnv === "test") && isLoopback(input.clientIp)) return "allowed";
  if (!input.user) return "sign-in";
  return input.user.roles.includes("REVIEWER") || input.user.roles.includes("ADMIN") ? "allowed" : "forbidden";
}

/** 127.0.0.0/8, ::1, and IPv4 loopback written as IPv6 (::ffff:127.0.0.1). */
export function isLoopback(ip: string | null): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  return ip === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
