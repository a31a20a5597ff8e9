// The bid form (揭榜). Anyone can open it; those who cannot bid are told why and what to do next.
import { getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AttachmentInput } from "~/components/attachments";
import { BidFirstUnitLabel } from "~/components/bid-status";
import { ContentText, MixedText } from "~/components/content-text";
import { useFormatDate } from "~/components/use-format-date";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { AmountField, CheckboxField, FormErrors, SelectField, TextareaField, TextField } from "~/components/ui/form";
import { checkFiles, filesFrom, readFormWithFiles } from "~/modules/attachments/attachments.server";
import { activeMembership, getOptionalUser, notFound, requireVerifiedOrg } from "~/modules/auth/permissions.server";
import { bidSchema, bidSchemaForBudget, isPriceQuestion } from "~/modules/bids/bids.schema";
import { BidNotAllowedError, BidNotFoundError, bidBlocker, placeBid, PriceNotConfirmedError, scenarioForBidPage, SolutionNotUsableError, solutionsForBid } from "~/modules/bids/bids.server";
import { priceFarFromBudget } from "~/modules/bids/price-plausibility";
import { msg } from "~/utils/i18n";
import { redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";
import { formatWanRange } from "~/utils/money";
import { readTypedWan } from "~/utils/validation";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "bid.form.title", data && { scenario: data.scenario.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const scenario = await scenarioForBidPage(params.scenarioId ?? "");
  if (!scenario) throw notFound();
  const user = await getOptionalUser(request);
  const membership = user ? activeMembership(user) : null;
  const blocker = await bidBlocker(user?.id ?? null, membership?.org ?? null, scenario);
  const solutions = !blocker && membership ? await solutionsForBid(membership.orgId) : [];
  // "Bid now" from an invitation names the invited solution; it is chosen when it is one the firm can use.
  const named = new URL(request.url).searchParams.get("solution");
  const preselectedSolutionId = solutions.find((solution) => solution.id === named)?.id ?? null;
  return {
    preselectedSolutionId,
    scenario: { id: scenario.id, title: scenario.title, owner: scenario.org.name, deadline: scenario.deadline.toISOString(), budgetMin: scenario.budgetMin, budgetMax: scenario.budgetMax },
    blocker,
    solutions,
    redirectTo: new URL(request.url).pathname,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, org } = await requireVerifiedOrg(request, ["TECH_FIRM"]);
  const scenarioId = params.scenarioId ?? "";
  const scenario = await scenarioForBidPage(scenarioId);
  if (!scenario) throw notFound();
  const formData = await readFormWithFiles(request);
  if (formData instanceof Response) return formData;
  const submission = parseWithZod(formData, { schema: bidSchemaForBudget(scenario) });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const files = await checkFiles(filesFrom(formData));
  if (!files.ok) return Response.json(submission.reply({ fieldErrors: { attachments: files.errors } }), { status: 400 });
  try {
    await placeBid({ id: user.id, requestId: context.requestId }, org.id, scenarioId, submission.value, files.files);
  } catch (error) {
    if (error instanceof BidNotAllowedError) return Response.json(submission.reply({ formErrors: [`bid.blocker.${error.blocker}`] }), { status: error.blocker === "alreadyBid" || error.blocker === "withdrawn" ? 409 : 403 });
    if (error instanceof PriceNotConfirmedError) return Response.json(submission.reply({ fieldErrors: { quotedPrice: error.messages } }), { status: 400 });
    if (error instanceof SolutionNotUsableError) return Response.json(submission.reply({ fieldErrors: { solutionId: [msg("bid.errors.solutionNotUsable")] } }), { status: 400 });
    if (error instanceof BidNotFoundError) throw notFound();
    throw error;
  }
  return redirectWithFlash("/workspace/bids", "bid.flash.submitted");
}

function BlockerNotice({ blocker, redirectTo }: { blocker: string; redirectTo: string }) {
  const { t } = useTranslation();
  const next =
    blocker === "signIn" ? (
      <Link to={`/signin?redirectTo=${encodeURIComponent(redirectTo)}`} className="font-medium underline">{t("bid.blocker.signInLink")}</Link>
    ) : blocker === "alreadyBid" || blocker === "withdrawn" ? (
      <Link to="/workspace/bids" className="font-medium underline">{t("bid.blocker.myBidsLink")}</Link>
    ) : blocker === "notInvited" ? (
      <Link to="/scenarios?deadline=open" className="font-medium underline">{t("bid.blocker.browseOpenLink")}</Link>
    ) : blocker === "noOrganization" ? (
      <Link to="/orgs/new" className="font-medium underline">{t("bid.blocker.createOrgLink")}</Link>
    ) : null;
  return (
    <Alert tone="warning">
      <p>{t(`bid.blocker.${blocker}`)}</p>
      {next ? <p className="mt-2">{next}</p> : null}
    </Alert>
  );
}

export default function BidPage() {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const { scenario, blocker, solutions, redirectTo, preselectedSolutionId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const schema = useMemo(() => bidSchemaForBudget(scenario), [scenario]);
  const [form, fields] = useForm({
    id: "bid",
    lastResult,
    defaultValue: preselectedSolutionId ? { solutionId: preselectedSolutionId } : undefined,
    constraint: getZodConstraint(bidSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  // "I confirm this price" comes with the question a price far outside the budget is asked, and stays while it is
  // ticked and the price is still that far (ticking it answers the question, which then is no longer shown).
  const typedPrice = readTypedWan(fields.quotedPrice.value);
  const farPrice = typeof typedPrice === "number" && Number.isSafeInteger(typedPrice) && priceFarFromBudget(typedPrice, scenario) ? typedPrice : null;
  const priceAsked = fields.quotedPrice.errors?.some(isPriceQuestion) || fields.confirmPrice.value === "on";
  const attachmentErrors = (fields as unknown as Record<string, { errors?: string[] }>).attachments?.errors;
  return (
    <section aria-labelledby="bid-title" className="max-w-3xl space-y-5">
      <Link to={`/scenarios/${scenario.id}`} className="text-sm text-brand-700 underline">← {t("bid.form.back")}</Link>
      <h1 id="bid-title" className="text-2xl font-semibold"><MixedText text={t("bid.form.title", { scenario: scenario.title })} /></h1>
      <p className="text-slate-700">
        <MixedText text={t("bid.form.intro", { owner: scenario.owner, deadline: formatDate(scenario.deadline, true), budget: formatWanRange(scenario.budgetMin, scenario.budgetMax, i18n.language) })} />
      </p>
      {blocker ? (
        <BlockerNotice blocker={blocker} redirectTo={redirectTo} />
      ) : (
        <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4 rounded-lg bg-white p-6 shadow">
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextareaField meta={fields.proposal} label={t("bid.fields.proposal")} hint={t("bid.fields.proposalHint")} textareaProps={{ rows: 10 }} />
          <div className="grid gap-4 md:grid-cols-2">
            <AmountField meta={fields.quotedPrice as unknown as FieldMetadata<string | undefined>} label={t("bid.fields.quotedPrice")} hint={t("bid.fields.quotedPriceHint")} />
            <TextField meta={fields.deliveryDays as unknown as FieldMetadata<string | undefined>} label={t("bid.fields.deliveryDays")} inputProps={{ inputMode: "numeric" }} />
          </div>
          {farPrice !== null && priceAsked ? (
            <CheckboxField
              meta={fields.confirmPrice as unknown as FieldMetadata<string | undefined>}
              label={t("bid.fields.confirmPrice", { price: farPrice })}
              // The question it answers, read with the box while it is shown.
              describedBy={fields.quotedPrice.errors?.length ? fields.quotedPrice.errorId : undefined}
            />
          ) : null}
          <SelectField
            meta={fields.solutionId}
            label={t("bid.fields.solutionId")}
            hint={t("bid.fields.solutionHint")}
            placeholder={t("bid.fields.solutionNone")}
            options={solutions.map((solution) => ({ value: solution.id, label: solution.title }))}
            recordLabels
          />
          {solutions.some((solution) => solution.firstUnitType) ? (
            <ul className="flex flex-wrap gap-2 text-sm">
              {solutions.filter((solution) => solution.firstUnitType).map((solution) => (
                <li key={solution.id}>
                  <ContentText text={solution.title} />: <BidFirstUnitLabel type={solution.firstUnitType} status={solution.firstUnitStatus} />
                </li>
              ))}
            </ul>
          ) : null}
          <AttachmentInput errors={attachmentErrors} />
          <Button type="submit" pending={navigation.state === "submitting"} pendingLabel={t("bid.form.submitting")}>{t("bid.form.submit")}</Button>
        </Form>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
