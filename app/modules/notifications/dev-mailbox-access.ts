// Who may open the local development mailbox. It exists only when DEV_MAILBOX is on; on a developer's
// machine (development/test) anyone may look, anywhere else only reviewers and admins.
export type DevMailboxAccess = "not-found" | "sign-in" | "forbidden" | "allowed";

export function devMailboxAccess(input: {
  enabled: boolean;
  nodeEnv: "development" | "production" | "test";
  user: { roles: string[] } | null;
}): DevMailboxAccess {
  if (!input.enabled) return "not-found";
  if (input.nodeEnv === "development" || input.nodeEnv === "test") return "allowed";
  if (!input.user) return "sign-in";
  return input.user.roles.includes("REVIEWER") || input.user.roles.includes("ADMIN") ? "allowed" : "forbidden";
}
