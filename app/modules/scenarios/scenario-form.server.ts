// Reading the scenario form (multipart, with attachments) for the create and manage routes, and turning
// domain errors into form replies. Kept here so the routes stay a table of contents.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { checkFiles, filesFrom, type CheckedFile } from "~/modules/attachments/attachments.server";
import { msg } from "~/utils/i18n";
import { ScenarioTransitionError } from "./scenario-transitions";
import { scenarioSchema, type ScenarioInput } from "./scenarios.schema";
import { CategoryCodeTakenError, UnknownCategoryError } from "./scenarios.server";

type Reply = SubmissionResult<string[]>;
type ReplyExtra = { formErrors?: string[]; fieldErrors?: Record<string, string[]> };

export async function readScenarioForm(
  formData: FormData,
  options: { orgVerified: boolean; withAttachments: boolean },
): Promise<{ ok: true; value: ScenarioInput; files: CheckedFile[]; confidential: boolean; reply: (extra?: ReplyExtra) => Reply } | { ok: false; response: Response }> {
  const submission = parseWithZod(formData, { schema: scenarioSchema });
  const checked = await checkFiles(options.withAttachments ? filesFrom(formData) : []);
  if (submission.status !== "success" || !checked.ok) {
    const reply = submission.reply(checked.ok ? undefined : { fieldErrors: { attachments: checked.errors } });
    return { ok: false, response: Response.json(reply, { status: 400 }) };
  }
  if (submission.value.intent === "submit" && !options.orgVerified) {
    return { ok: false, response: Response.json(submission.reply({ formErrors: [msg("scenario.errors.orgNotVerified")] }), { status: 403 }) };
  }
  return { ok: true, value: submission.value, files: checked.files, confidential: isConfidentialUpload(formData), reply: (extra) => submission.reply(extra) };
}

export function isConfidentialUpload(formData: FormData) {
  return formData.get("attachmentsConfidential") === "on";
}

/** Files of an attachments-only upload, checked; message keys when they fail. */
export async function checkedUpload(formData: FormData) {
  return checkFiles(filesFrom(formData));
}

/** A domain error as a form reply with the right status; anything else is rethrown. */
export function scenarioErrorReply(error: unknown, reply: (extra: ReplyExtra) => Reply): Response {
  if (error instanceof UnknownCategoryError) return Response.json(reply({ fieldErrors: { categoryId: [msg("scenario.validation.unknownCategory")] } }), { status: 400 });
  if (error instanceof CategoryCodeTakenError) return Response.json(reply({ fieldErrors: { code: [msg("scenario.validation.categoryCodeTaken")] } }), { status: 409 });
  if (error instanceof ScenarioTransitionError) {
    const key = {
      "org-not-verified": "scenario.errors.orgNotVerified",
      "deadline-passed": "scenario.errors.deadlinePassed",
      "changed-meanwhile": "scenario.errors.changedMeanwhile",
      "not-allowed": "scenario.errors.notAllowed",
      "wrong-actor": "scenario.errors.notAllowed",
      "reason-required": "scenario.validation.reasonRequired",
    }[error.code];
    const status = error.code === "org-not-verified" ? 403 : error.code === "reason-required" || error.code === "deadline-passed" ? 400 : 409;
    return Response.json(reply({ formErrors: [msg(key)] }), { status });
  }
  throw error;
}
