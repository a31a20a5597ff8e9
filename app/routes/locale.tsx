// Switches the interface language: remembered on the account when signed in, in a cookie otherwise.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { setUserLocale } from "~/modules/auth/auth.server";
import { redirectToField } from "~/modules/auth/auth.schema";
import { getOptionalUser } from "~/modules/auth/permissions.server";
import { isLocale } from "~/utils/i18n";
import { serializeLocaleCookie } from "~/utils/locale.server";
import { readForm } from "~/utils/request.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const locale = form.get("locale");
  const target = redirectToField.parse(form.get("redirectTo") ?? undefined);
  if (!isLocale(locale)) return redirect(target);
  const user = await getOptionalUser(request);
  if (user) await setUserLocale(user.id, locale);
  return redirect(target, { headers: { "Set-Cookie": await serializeLocaleCookie(locale) } });
}

export const loader = () => redirect("/");
