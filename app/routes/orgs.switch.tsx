import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { redirectToField } from "~/modules/auth/auth.schema";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { switchActiveOrganization } from "~/modules/orgs/orgs.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const orgId = String(form.get("orgId") ?? "");
  if (!(await switchActiveOrganization(user.id, orgId))) throw notFound();
  return redirectWithFlash(redirectToField.parse(form.get("redirectTo") ?? undefined), "flash.orgSwitched");
}

export const loader = () => redirect("/orgs");
