import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { controlClass, ErrorList, FormErrors } from "~/components/ui/form";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { scenarioErrorReply } from "~/modules/scenarios/scenario-form.server";
import { categoryFormSchema } from "~/modules/scenarios/scenarios.schema";
import { createCategory, listAllCategories, updateCategory } from "~/modules/scenarios/scenarios.server";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("scenario.categories.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  return { categories: await listAllCategories() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const submission = parseWithZod(await readForm(request), { schema: categoryFormSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = { id: reviewer.id, requestId: context.requestId };
  const value = submission.value;
  try {
    if (value.intent === "create") {
      await createCategory(actor, { code: value.code, nameZh: value.nameZh, nameEn: value.nameEn, sortOrder: value.sortOrder });
      return redirectWithFlash("/review/categories", "scenario.flash.categoryCreated");
    }
    if (!(await updateCategory(actor, value))) throw notFound();
    return redirectWithFlash("/review/categories", "scenario.flash.categorySaved");
  } catch (error) {
    return scenarioErrorReply(error, (extra) => submission.reply(extra));
  }
}

type Reply = SubmissionResult<string[]>;

export default function CategoriesPage() {
  const { t } = useTranslation();
  const { categories } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>() as Reply | undefined;
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const typed = (lastResult?.initialValue ?? {}) as Record<string, string>;
  const errorsFor = (scope: string) => (typed.intent === "create" ? scope === "create" : typed.categoryId === scope) ? lastResult?.error ?? {} : {};
  const field = (scope: string, name: string, label: string, defaultValue: string, type = "text") => {
    const errors = errorsFor(scope)[name] ?? undefined;
    const id = `${scope}-${name}`;
    const keep = (typed.intent === "create" ? scope === "create" : typed.categoryId === scope) && typed[name] !== undefined;
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
        <input id={id} name={name} type={type} defaultValue={keep ? typed[name] : defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} className={controlClass} />
        <ErrorList id={`${id}-error`} errors={errors} />
      </div>
    );
  };
  return (
    <section aria-labelledby="categories-title" className="space-y-5">
      <h1 id="categories-title" className="text-2xl font-semibold">{t("scenario.categories.title")}</h1>
      <p className="text-slate-700">{t("scenario.categories.intro")}</p>
      <FormErrors id="categories-errors" errors={lastResult?.error?.[""]} />
      <ul className="space-y-3" aria-label={t("scenario.categories.caption")}>
        {categories.map((category) => (
          <li key={category.id} className="rounded-lg bg-white p-4 shadow">
            <Form method="post" className="grid items-end gap-3 md:grid-cols-6" aria-label={t("scenario.categories.editLabel", { code: category.code })}>
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="categoryId" value={category.id} />
              <p className="font-mono text-sm">
                {category.code}
                <span className="block text-xs text-slate-600">{t("scenario.categories.usage")}: {category._count.scenarios}</span>
              </p>
              {field(category.id, "nameZh", t("scenario.categories.nameZh"), category.nameZh)}
              {field(category.id, "nameEn", t("scenario.categories.nameEn"), category.nameEn)}
              {field(category.id, "sortOrder", t("scenario.categories.sortOrder"), String(category.sortOrder), "number")}
              <label className="inline-flex items-center gap-2 pb-2 text-sm">
                <input type="checkbox" name="active" value="on" defaultChecked={category.active} className="h-4 w-4" />
                {t("scenario.categories.active")}
              </label>
              <Button type="submit" variant="secondary" disabled={busy}>{t("scenario.categories.save")}</Button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="space-y-3 rounded-lg bg-white p-4 shadow" aria-labelledby="add-category-title">
        <h2 id="add-category-title" className="text-lg font-semibold">{t("scenario.categories.addTitle")}</h2>
        <input type="hidden" name="intent" value="create" />
        <div className="grid items-end gap-3 md:grid-cols-5">
          {field("create", "code", t("scenario.categories.code"), "")}
          {field("create", "nameZh", t("scenario.categories.nameZh"), "")}
          {field("create", "nameEn", t("scenario.categories.nameEn"), "")}
          {field("create", "sortOrder", t("scenario.categories.sortOrder"), String((categories.at(-1)?.sortOrder ?? 0) + 10), "number")}
          <Button type="submit" disabled={busy}>{t("scenario.categories.add")}</Button>
        </div>
      </Form>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
