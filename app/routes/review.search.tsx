import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useRevalidator, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText, MixedText } from "~/components/content-text";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ErrorList } from "~/components/ui/form";
import { useFormatDate } from "~/components/use-format-date";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { searchAdminFormSchema } from "~/modules/search/search-admin.schema";
import { SEARCH_CHECK_SCHEDULE } from "~/modules/search/search-jobs.server";
import { checkIndexesAsReviewer, requestReindexAsReviewer, searchStatus, type IndexDrift } from "~/modules/search/search-status.server";
import { titleMeta } from "~/utils/meta";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("searchAdmin.title");

/**
 * Set on the page a check redirects to: the check's id (its audit entry). The page announces the result only while
 * that check is still the last one, which the loader reads from the audit log; a later check (the schedule's, another
 * reviewer's) is only the summary line, not "your check".
 */
const JUST_CHECKED_PARAM = "checked";
const CHECK_RESULT_ID = "index-check-result";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  // Dates reach the page as ISO strings (Remix serialises the loader's data as JSON).
  return { ...(await searchStatus()), checkSchedule: SEARCH_CHECK_SCHEDULE, now: new Date().toISOString() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const submission = parseWithZod(await readForm(request), { schema: searchAdminFormSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (submission.value.intent === "check") {
    const check = await checkIndexesAsReviewer({ id: reviewer.id, requestId: context.requestId });
    // What it found is audited, and the page shows the last check: redirected to, so that reloading the page (or Back
    // without JavaScript) reads it again instead of asking to send the form once more.
    if ("checked" in check) return redirect(`/review/search?${JUST_CHECKED_PARAM}=${encodeURIComponent(check.checkId)}#${CHECK_RESULT_ID}`);
    // A search server that cannot answer, or indexes this process is still preparing, cannot be compared with the
    // database: said on the page, with the reason.
    if ("preparing" in check) return Response.json({ checkWaits: true }, { status: 503 });
    return Response.json({ checkFailed: check.unavailable }, { status: 503 });
  }
  const { created } = await requestReindexAsReviewer({ id: reviewer.id, requestId: context.requestId });
  return redirectWithFlash("/review/search", created ? "searchAdmin.flash.reindexRequested" : "searchAdmin.flash.reindexAlreadyOpen");
}

const DRIFT_KINDS = ["missing", "extra", "stale"] as const;
const DRIFT_MESSAGE = {
  missing: "searchAdmin.checkIndexMissing",
  extra: "searchAdmin.checkIndexExtra",
  stale: "searchAdmin.checkIndexStale",
} as const satisfies Record<(typeof DRIFT_KINDS)[number], string>;
const differences = (drift: IndexDrift) => drift.missing + drift.extra + drift.stale;
const totalDifferences = (drifts: IndexDrift[]) => drifts.reduce((sum, drift) => sum + differences(drift), 0);

function useAge() {
  const { t } = useTranslation();
  return (fromIso: string, nowIso: string) => {
    const seconds = Math.max(0, Math.round((new Date(nowIso).getTime() - new Date(fromIso).getTime()) / 1000));
    if (seconds < 120) return t("searchAdmin.age.seconds", { value: seconds });
    if (seconds < 2 * 3600) return t("searchAdmin.age.minutes", { value: Math.round(seconds / 60) });
    if (seconds < 2 * 86_400) return t("searchAdmin.age.hours", { value: Math.round(seconds / 3600) });
    return t("searchAdmin.age.days", { value: Math.round(seconds / 86_400) });
  };
}

/** An index's name for people: "应用场景", "Solutions". */
function useIndexLabel() {
  const { t } = useTranslation();
  return (index: string) => t(`searchAdmin.indexName.${index}`, { defaultValue: index });
}

/** What a check found, index by index: agreed, or how many records are missing, extra or stale. */
function DriftList({ drifts }: { drifts: IndexDrift[] }) {
  const { t } = useTranslation();
  const indexLabel = useIndexLabel();
  return (
    <ul className="list-inside list-disc">
      {drifts.flatMap((drift) => {
        const index = indexLabel(drift.index);
        if (differences(drift) === 0) return [<li key={drift.index}>{t("searchAdmin.checkIndexAgrees", { index })}</li>];
        return DRIFT_KINDS.filter((kind) => drift[kind] > 0).map((kind) => (
          <li key={`${drift.index}-${kind}`}>{t(DRIFT_MESSAGE[kind], { index, count: drift[kind] })}</li>
        ));
      })}
    </ul>
  );
}

/** Whether the queue has synced what a check gave it since ("queued" alone read as still undone). */
function QueueAfterCheck({ waiting }: { waiting: number }) {
  const { t } = useTranslation();
  return <p className="text-slate-700">{waiting === 0 ? t("searchAdmin.lastCheckQueueEmpty") : t("searchAdmin.lastCheckQueueBusy", { count: waiting })}</p>;
}

export default function SearchStatusPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  // A check that could not run says so, whatever the address says of an earlier one.
  const checkFailed: string | null = actionData && "checkFailed" in actionData ? actionData.checkFailed : null;
  const checkWaits = Boolean(actionData && "checkWaits" in actionData);
  // A form this page does not have (a forged or outdated intent): the 400 says why on the page, not by its status alone.
  const refused = actionData && "error" in actionData ? Object.values(actionData.error ?? {}).flat().filter((e): e is string => typeof e === "string") : null;
  // The check this page was redirected to after, while it is the last one.
  const checked: IndexDrift[] | null =
    !checkFailed && !checkWaits && data.lastCheck && searchParams.get(JUST_CHECKED_PARAM) === data.lastCheck.id ? data.lastCheck.drift : null;
  const waiting = data.indexes.reduce((sum, row) => sum + row.pending, 0);
  const checkResult = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The result replaces the button the keyboard user pressed: focus follows it, and it is read out. Once per
    // navigation or answer: the page revalidating during a rebuild must not take the focus back.
    if (checked || checkFailed || checkWaits) checkResult.current?.focus();
  }, [location.key, actionData]); // eslint-disable-line react-hooks/exhaustive-deps -- each check, also one that found the same
  const navigation = useNavigation();
  const pendingIntent = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const revalidator = useRevalidator();
  const formatDate = useFormatDate();
  const age = useAge();
  const indexLabel = useIndexLabel();
  const rebuilding = data.reindex?.status === "PENDING" || data.reindex?.status === "RUNNING";

  // While a rebuild waits or runs, follow its progress.
  useEffect(() => {
    if (!rebuilding) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 2000);
    return () => clearInterval(timer);
  }, [rebuilding, revalidator]);

  return (
    <section aria-labelledby="search-status-title" className="space-y-6">
      <h1 id="search-status-title" className="text-2xl font-semibold">{t("searchAdmin.title")}</h1>
      <p className="text-slate-700">{t("searchAdmin.intro")}</p>
      {refused?.length ? (
        <Alert tone="error">
          <ErrorList errors={refused} />
        </Alert>
      ) : null}

      <section aria-labelledby="search-engine-title" className="rounded-lg bg-white p-4 shadow">
        <h2 id="search-engine-title" className="text-lg font-semibold">{t("searchAdmin.engineTitle")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("searchAdmin.engine")}</dt>
          <dd>{t(`searchAdmin.engineName.${data.engine}`, { defaultValue: data.engine })}</dd>
          <dt className="font-medium text-slate-700">{t("searchAdmin.health")}</dt>
          <dd className={data.health.ok && typeof data.preparation !== "object" ? "text-green-800" : "font-medium text-red-800"}>
            {!data.health.ok
              ? t("searchAdmin.unhealthy", { message: data.health.message ?? "" })
              : typeof data.preparation === "object"
                ? t("searchAdmin.prepareFailed", { message: data.preparation.failed })
                : t(data.preparation === "ready" ? "searchAdmin.healthy" : "searchAdmin.preparing")}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="search-indexes-title" className="space-y-3">
        <h2 id="search-indexes-title" className="text-lg font-semibold">{t("searchAdmin.indexesTitle")}</h2>
        {data.indexes.map((row) =>
          row.indexError !== null ? (
            <Alert key={row.index} tone="error">{t("searchAdmin.indexMissing", { index: indexLabel(row.index), message: row.indexError })}</Alert>
          ) : row.inIndex !== row.inDatabase ? (
            <Alert key={row.index} tone="warning">{t("searchAdmin.mismatch", { index: indexLabel(row.index), inIndex: row.inIndex, inDatabase: row.inDatabase })}</Alert>
          ) : null,
        )}
        <TableScroller label={t("searchAdmin.indexesCaption")}>
          {/* Headings wrap, so the table fits a desktop in either language (English ones are longer); below 44rem
              its seven columns would be crushed into words per line, so a phone scrolls it instead. */}
          <table className="w-full min-w-[44rem] rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("searchAdmin.indexesCaption")}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.index")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.inIndex")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.inDatabase")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.pending")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.failing")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.oldestPending")}</th>
                <th scope="col" className="p-3">{t("searchAdmin.lastProcessed")}</th>
              </tr>
            </thead>
            <tbody>
              {data.indexes.map((row) => (
                <tr key={row.index} className="border-b border-slate-100 last:border-0" data-index={row.index}>
                  <th scope="row" className="p-3 font-medium">{indexLabel(row.index)}</th>
                  <td className={`p-3 ${row.inIndex !== row.inDatabase ? "font-semibold text-amber-900" : ""}`} data-testid={`in-index-${row.index}`}>
                    {row.inIndex ?? t("searchAdmin.unavailable")}
                  </td>
                  <td className="p-3" data-testid={`in-database-${row.index}`}>{row.inDatabase}</td>
                  <td className="p-3" data-testid={`pending-${row.index}`}>{row.pending}</td>
                  <td className={`p-3 ${row.failing > 0 ? "font-semibold text-red-800" : ""}`} data-testid={`failing-${row.index}`}>{row.failing}</td>
                  <td className="p-3">{row.oldestPendingAt ? age(row.oldestPendingAt, data.now) : t("searchAdmin.none")}</td>
                  <td className="p-3" data-testid={`last-processed-${row.index}`}>
                    {row.lastProcessedAt ? formatDate(row.lastProcessedAt, true, true) : t(row.pending > 0 ? "searchAdmin.neverWhilePending" : "searchAdmin.never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>

      <section aria-labelledby="search-failures-title" className="space-y-3">
        <h2 id="search-failures-title" className="text-lg font-semibold">{t("searchAdmin.failuresTitle")}</h2>
        {data.failures.length === 0 ? (
          <p className="text-slate-700">{t("searchAdmin.failuresEmpty")}</p>
        ) : (
          <TableScroller label={t("searchAdmin.failuresCaption")}>
            <table className="w-full rounded-lg bg-white text-left text-sm shadow">
              <caption className="sr-only">{t("searchAdmin.failuresCaption")}</caption>
              <thead className="border-b border-slate-200">
                <tr>
                  <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.index")}</th>
                  <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.record")}</th>
                  <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.attempts")}</th>
                  <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.nextTry")}</th>
                  <th scope="col" className="whitespace-nowrap p-3">{t("searchAdmin.lastError")}</th>
                </tr>
              </thead>
              <tbody>
                {data.failures.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="p-3">{indexLabel(row.indexName)}</td>
                    <td className="p-3">
                      {row.title !== null ? (
                        <Link to={`/${row.indexName}/${row.recordId}`} className="text-brand-700 underline"><ContentText text={row.title} /></Link>
                      ) : (
                        t("searchAdmin.recordGone")
                      )}
                      <span className="block font-mono text-xs text-slate-600">{row.recordId}</span>
                    </td>
                    <td className="p-3">{row.attempts}</td>
                    <td className="p-3">{formatDate(row.availableAt, true, true)}</td>
                    <td className="max-w-md break-words p-3">{row.lastError ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>

      <section aria-labelledby="search-check-title" className="space-y-3 rounded-lg bg-white p-4 shadow">
        <h2 id="search-check-title" className="text-lg font-semibold">{t("searchAdmin.checkTitle")}</h2>
        <p className="text-sm text-slate-700">{t("searchAdmin.checkIntro")}</p>
        {data.lastCheck ? (
          <div className="space-y-1 text-sm">
            <p>
              <span className="font-medium">{t("searchAdmin.lastCheck")}</span>
              {formatDate(data.lastCheck.at, true, true)}
              {" · "}
              {data.lastCheck.source === "schedule" ? t("searchAdmin.lastCheckBySchedule", data.checkSchedule) : <MixedText text={t("searchAdmin.lastCheckByReviewer", { name: data.lastCheck.by ?? "—" })} />}
              {" · "}
              {totalDifferences(data.lastCheck.drift) === 0
                ? t("searchAdmin.lastCheckAgreed")
                : t("searchAdmin.lastCheckFound", { count: totalDifferences(data.lastCheck.drift) })}
            </p>
            {/* What it found, and whether the queue has synced it since: "queued" alone read as still undone. Not
                right after a check from this page, which is the last check and says it below. */}
            {totalDifferences(data.lastCheck.drift) > 0 && !checked ? (
              <>
                <DriftList drifts={data.lastCheck.drift} />
                <QueueAfterCheck waiting={waiting} />
              </>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("searchAdmin.noCheck", data.checkSchedule)}</p>
        )}
        {checked ? (
          <div ref={checkResult} id={CHECK_RESULT_ID} tabIndex={-1} role="status" className="focus-target space-y-1 text-sm">
            {totalDifferences(checked) === 0 ? (
              <p className="font-medium text-green-800">{t("searchAdmin.checkAgrees")}</p>
            ) : (
              <>
                <DriftList drifts={checked} />
                <p className="font-medium text-amber-900">{t("searchAdmin.checkQueued", { count: totalDifferences(checked) })}</p>
                <QueueAfterCheck waiting={waiting} />
              </>
            )}
          </div>
        ) : checkWaits ? (
          <div ref={checkResult} id={CHECK_RESULT_ID} tabIndex={-1} role="status" className="focus-target text-sm font-medium text-amber-900">
            {t("searchAdmin.checkWhilePreparing")}
          </div>
        ) : checkFailed ? (
          <div ref={checkResult} id={CHECK_RESULT_ID} tabIndex={-1} role="status" className="focus-target text-sm font-medium text-red-800">
            <MixedText text={t("searchAdmin.checkFailed", { message: checkFailed })} />
          </div>
        ) : null}
        {/* Posted to the bare page: from "?checked=…" the form would carry that check's id to the next answer. */}
        <Form method="post" action="/review/search">
          <input type="hidden" name="intent" value="check" />
          <Button type="submit" variant="secondary" pending={pendingIntent === "check"} pendingLabel={t("searchAdmin.checkPending")}>
            {t("searchAdmin.checkButton")}
          </Button>
        </Form>
      </section>

      <section aria-labelledby="search-reindex-title" className="space-y-3 rounded-lg bg-white p-4 shadow">
        <h2 id="search-reindex-title" className="text-lg font-semibold">{t("searchAdmin.reindexTitle")}</h2>
        <p className="text-sm text-slate-700">{t("searchAdmin.reindexIntro")}</p>
        <h3 className="font-medium">{t("searchAdmin.latestReindex")}</h3>
        {data.reindex ? (
          <div className="space-y-1 text-sm" aria-live="polite">
            <p>
              <span className="font-medium">{t(`searchAdmin.reindexStatus.${data.reindex.status}`)}</span>
              {" · "}
              {t("searchAdmin.requestedAt")} {formatDate(data.reindex.createdAt, true, true)}
              {" · "}
              {data.reindex.source === "cli" ? t("searchAdmin.requestedByCommand") : <MixedText text={t("searchAdmin.requestedByReviewer", { name: data.reindex.requestedBy ?? "—" })} />}
              {data.reindex.finishedAt ? ` · ${t("searchAdmin.finishedAt")} ${formatDate(data.reindex.finishedAt, true, true)}` : null}
            </p>
            {Object.entries(data.reindex.progress).length > 0 ? (
              <ul className="list-inside list-disc">
                {Object.entries(data.reindex.progress).map(([index, progress]) => (
                  <li key={index}>{t("searchAdmin.progress", { index: indexLabel(index), done: progress?.done ?? 0, total: progress?.total ?? 0 })}</li>
                ))}
              </ul>
            ) : null}
            {data.reindex.error ? <p className="text-red-800">{t("searchAdmin.reindexError", { error: data.reindex.error })}</p> : null}
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("searchAdmin.noReindex")}</p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <Form method="post">
            <input type="hidden" name="intent" value="reindex" />
            <Button type="submit" pending={pendingIntent === "reindex"} pendingLabel={t("searchAdmin.reindexPending")} disabled={rebuilding}>
              {t("searchAdmin.reindexButton")}
            </Button>
          </Form>
          <Link to="/review/search" className="text-brand-700 underline">{t("searchAdmin.refresh")}</Link>
        </div>
      </section>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
