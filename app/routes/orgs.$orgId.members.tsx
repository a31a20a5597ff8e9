import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { Button } from "~/components/ui/button";
import { FormErrors, SelectField, TextField } from "~/components/ui/form";
import { forbidden, notFound, requireOrgRole } from "~/modules/auth/permissions.server";
import { addMemberSchema } from "~/modules/orgs/orgs.schema";
import { addMemberByEmail, cancelInvitation, getOrganizationProfile, LastOwnerError, listMembers, removeMember } from "~/modules/orgs/orgs.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("org.membersTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = params.orgId ?? "";
  const { user, role } = await requireOrgRole(request, orgId);
  const [org, { members, invitations }] = await Promise.all([getOrganizationProfile(orgId), listMembers(orgId)]);
  if (!org) throw notFound();
  return {
    org: { id: org.id, name: org.name },
    isOwner: role === "OWNER",
    currentUserId: user.id,
    members,
    // Only owners manage invitations; members see who belongs, not who was invited.
    invitations: role === "OWNER" ? invitations : [],
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const orgId = params.orgId ?? "";
  const { user } = await requireOrgRole(request, orgId, ["OWNER"]);
  const actor = { id: user.id, requestId: context.requestId };
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "remove") {
    try {
      const removed = await removeMember(actor, orgId, String(formData.get("membershipId") ?? ""));
      if (!removed) throw notFound();
    } catch (error) {
      if (error instanceof LastOwnerError) throw forbidden("org.lastOwner");
      throw error;
    }
    return redirectWithFlash(`/orgs/${orgId}/members`, "flash.memberRemoved");
  }
  if (intent === "cancel-invitation") {
    if (!(await cancelInvitation(actor, orgId, String(formData.get("invitationId") ?? "")))) throw notFound();
    return redirectWithFlash(`/orgs/${orgId}/members`, "flash.invitationCancelled");
  }
  const submission = parseWithZod(formData, { schema: addMemberSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await addMemberByEmail(actor, orgId, submission.value);
  if (outcome === "already-member") {
    return Response.json(submission.reply({ fieldErrors: { email: [msg("org.alreadyMember")] } }), { status: 409 });
  }
  return redirectWithFlash(`/orgs/${orgId}/members`, outcome === "added" ? "flash.memberAdded" : "flash.memberInvited");
}

export default function MembersPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "add-member",
    lastResult,
    defaultValue: { role: "MEMBER" },
    constraint: getZodConstraint(addMemberSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addMemberSchema }),
  });
  return (
    <section aria-labelledby="members-title" className="space-y-6">
      <div>
        <Link to={`/orgs/${data.org.id}`} className="text-sm text-brand-700 underline">← <ContentText text={data.org.name} /></Link>
        <h1 id="members-title" className="mt-2 text-2xl font-semibold">{t("org.membersTitle")}</h1>
      </div>
      <TableScroller label={t("org.membersTitle")}>
        <table className="w-full rounded-lg bg-white text-left text-sm shadow">
          <caption className="sr-only">{t("org.membersTitle")}</caption>
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className="p-3">{t("auth.name")}</th>
              <th scope="col" className="p-3">{t("auth.email")}</th>
              <th scope="col" className="p-3">{t("org.role")}</th>
              {data.isOwner ? <th scope="col" className="p-3"><span className="sr-only">{t("form.actions")}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {data.members.map((member) => (
              <tr key={member.id} className="border-b border-slate-100 last:border-0">
                <td className="p-3"><ContentText text={member.user.name} /></td>
                <td className="p-3 break-all">{member.user.email}</td>
                <td className="p-3">{t(`membershipRole.${member.role}`)}</td>
                {data.isOwner ? (
                  <td className="p-3 text-right">
                    {member.user.id !== data.currentUserId ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="membershipId" value={member.id} />
                        <Button type="submit" variant="secondary" aria-label={t("org.removeMemberNamed", { name: member.user.name })}>{t("org.removeMember")}</Button>
                      </Form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>

      {data.isOwner ? (
        <>
          {data.invitations.length > 0 ? (
            <div>
              <h2 className="text-lg font-semibold">{t("org.pendingInvitations")}</h2>
              <ul className="mt-2 space-y-2">
                {data.invitations.map((invitation) => (
                  <li key={invitation.id} className="flex items-center justify-between rounded-lg bg-white p-3 shadow">
                    <span className="break-all">{invitation.email} · {t(`membershipRole.${invitation.role}`)}</span>
                    <Form method="post">
                      <input type="hidden" name="intent" value="cancel-invitation" />
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <Button type="submit" variant="secondary">{t("org.cancelInvitation")}</Button>
                    </Form>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="max-w-lg">
            <h2 className="text-lg font-semibold">{t("org.addMemberTitle")}</h2>
            <p className="mt-1 text-sm text-slate-700">{t("org.addMemberIntro")}</p>
            <Form method="post" {...getFormProps(form)} className="mt-3 space-y-4 rounded-lg bg-white p-6 shadow">
              <FormErrors id={form.errorId} errors={form.errors} />
              <TextField meta={fields.email} type="email" label={t("auth.email")} />
              <SelectField meta={fields.role} label={t("org.role")} options={[{ value: "MEMBER", label: t("membershipRole.MEMBER") }, { value: "OWNER", label: t("membershipRole.OWNER") }]} />
              <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("form.saving")}>{t("org.addMemberButton")}</Button>
            </Form>
          </div>
        </>
      ) : null}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
