import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/modules/auth/permissions.server";
import { clearSessionCookieHeader, invalidateSession } from "~/modules/auth/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) await invalidateSession(user.sessionId);
  return redirect("/", { headers: { "Set-Cookie": clearSessionCookieHeader() } });
}

// Signing out changes data, so it is a POST only; a GET just goes home.
export const loader = () => redirect("/");
