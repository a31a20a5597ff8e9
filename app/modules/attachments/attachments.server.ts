// Uploading, listing and serving attachments of scenarios, bids and cases, with the visibility rules of
// their owners: confidential scenario files only for verified organisations, bid files only for the bidder,
// the scenario's organisation and reviewers, case files once the case is public.
import { createHash, randomBytes } from "node:crypto";
import type { AttachmentOwner, Prisma } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/modules/audit/audit.server";
import { isReviewer, type CurrentUser } from "~/modules/auth/permissions.server";
import { prisma } from "~/utils/db.server";
import { msg } from "~/utils/i18n";
import { readForm, UploadTooLargeError } from "~/utils/request.server";
import { cleanFileName, detectAttachmentType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD } from "./attachment-types";
import { getAttachmentStorage } from "./storage.server";

/**
 * The posted form of an action that takes attachments (multipart or plain), files in memory up to the size
 * limit; a file over it is answered on the form itself: a 413 reply with `attachment.tooLarge`, to return.
 * A body that is not a form throws a 4xx Response like every action's (see `readForm`).
 */
export async function readFormWithFiles(request: Request): Promise<FormData | Response> {
  try {
    return await readForm(request, { maxFileBytes: MAX_ATTACHMENT_BYTES });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return Response.json({ status: "error", error: { "": [msg("attachment.tooLarge")] } }, { status: 413 });
    throw error;
  }
}

/** The non-empty files of a field (browsers send an empty part when nothing was chosen). */
export function filesFrom(formData: FormData, field = "attachments"): File[] {
  return formData.getAll(field).filter((value): value is File => typeof value === "object" && value !== null && "arrayBuffer" in value && (value as File).size > 0);
}

export type CheckedFile = { fileName: string; mimeType: string; bytes: Uint8Array; sha256: string };

/** Validates type (by content), size and count. Returns checked files or message keys for the form. */
export async function checkFiles(files: File[]): Promise<{ ok: true; files: CheckedFile[] } | { ok: false; errors: string[] }> {
  if (files.length > MAX_ATTACHMENTS_PER_UPLOAD) return { ok: false, errors: [msg("attachment.tooMany", { max: MAX_ATTACHMENTS_PER_UPLOAD })] };
  const checked: CheckedFile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.name);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      errors.push(msg("attachment.fileTooLarge", { name: fileName, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }));
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mimeType = detectAttachmentType(fileName, bytes.subarray(0, 16));
    if (!mimeType) {
      errors.push(msg("attachment.badType", { name: fileName }));
      continue;
    }
    checked.push({ fileName, mimeType, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return errors.length ? { ok: false, errors } : { ok: true, files: checked };
}

type AttachmentWriter = { attachment: { create: (args: { data: Prisma.AttachmentUncheckedCreateInput }) => Promise<unknown> } };

/**
 * Stores checked files and records them. Bytes are written first under random keys; if the surrounding
 * transaction later fails, the orphaned objects are harmless and invisible (no row points to them).
 */
export async function saveAttachments(
  db: AttachmentWriter,
  input: { ownerType: AttachmentOwner; ownerId: string; files: CheckedFile[]; confidential?: boolean; uploadedById: string },
) {
  const storage = getAttachmentStorage();
  for (const file of input.files) {
    const storageKey = randomBytes(24).toString("base64url");
    await storage.put(storageKey, file.bytes);
    await db.attachment.create({
      data: {
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.byteLength,
        sha256: file.sha256,
        storageKey,
        confidential: input.confidential ?? false,
        uploadedById: input.uploadedById,
      },
    });
  }
}

export type AttachmentSummary = { id: string; fileName: string; mimeType: string; sizeBytes: number; confidential: boolean; createdAt: Date };

/** Attachments of one record; confidential ones only when the caller has already decided the viewer may see them. */
export async function listAttachments(ownerType: AttachmentOwner, ownerId: string, options: { includeConfidential: boolean }): Promise<AttachmentSummary[]> {
  return prisma.attachment.findMany({
    where: { ownerType, ownerId, ...(options.includeConfidential ? {} : { confidential: false }) },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, confidential: true, createdAt: true },
  });
}

/** The audit trail's name for the record an attachment belongs to. */
const AUDITED_OWNER: Record<AttachmentOwner, { entityType: string; action: string }> = {
  SCENARIO: { entityType: "Scenario", action: "scenario.attachment_deleted" },
  BID: { entityType: "Bid", action: "bid.attachment_deleted" },
  CASE: { entityType: "Case", action: "case.attachment_deleted" },
};

/**
 * Deletes an attachment row and its bytes, and records who removed which file from which record in the
 * audit log (in the same transaction as the row). The caller checks that the actor owns the record.
 */
export async function deleteAttachment(
  actor: { id: string; requestId?: string | null },
  ownerType: AttachmentOwner,
  ownerId: string,
  attachmentId: string,
): Promise<boolean> {
  const attachment = await prisma.attachment.findFirst({
    where: { id: attachmentId, ownerType, ownerId },
    select: { id: true, storageKey: true, fileName: true, mimeType: true, sizeBytes: true, confidential: true },
  });
  if (!attachment) return false;
  const audited = AUDITED_OWNER[ownerType];
  const deleted = await prisma.$transaction(async (tx) => {
    // deleteMany, not delete: of two identical requests racing, the second finds nothing and answers 404.
    const { count } = await tx.attachment.deleteMany({ where: { id: attachment.id, ownerType, ownerId } });
    if (count === 0) return false;
    const { id, fileName, mimeType, sizeBytes, confidential } = attachment;
    await writeAudit(tx, {
      actorId: actor.id,
      action: audited.action,
      entityType: audited.entityType,
      entityId: ownerId,
      before: { attachmentId: id, fileName, mimeType, sizeBytes, confidential },
      requestId: actor.requestId ?? null,
    });
    return true;
  });
  if (!deleted) return false;
  // The bytes go once the row is gone for good; a failure here leaves an orphan file, never a broken link.
  await getAttachmentStorage().delete(attachment.storageKey);
  return true;
}

const memberOf = (user: CurrentUser | null, orgId: string) => !!user?.memberships.some((m) => m.orgId === orgId);
const inVerifiedOrg = (user: CurrentUser | null) => !!user?.memberships.some((m) => m.org.verificationStatus === "VERIFIED");

/** Whether `user` (null = visitor) may download the attachment, by the rules of the record it belongs to. */
export async function canReadAttachment(
  user: CurrentUser | null,
  attachment: { ownerType: AttachmentOwner; ownerId: string; confidential: boolean },
): Promise<boolean> {
  if (isReviewer(user)) return true;
  if (attachment.ownerType === "SCENARIO") {
    const scenario = await prisma.scenario.findUnique({ where: { id: attachment.ownerId }, select: { orgId: true, status: true, hidden: true } });
    if (!scenario) return false;
    if (memberOf(user, scenario.orgId)) return true;
    const isPublic = !scenario.hidden && ["PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"].includes(scenario.status);
    if (!isPublic) return false;
    return attachment.confidential ? inVerifiedOrg(user) : true;
  }
  if (attachment.ownerType === "BID") {
    const bid = await prisma.bid.findUnique({ where: { id: attachment.ownerId }, select: { orgId: true, scenario: { select: { orgId: true } } } });
    if (!bid) return false;
    return memberOf(user, bid.orgId) || memberOf(user, bid.scenario.orgId);
  }
  const caseStudy = await prisma.case.findUnique({ where: { id: attachment.ownerId }, select: { status: true, hidden: true, scenario: { select: { orgId: true } } } });
  if (!caseStudy) return false;
  return (caseStudy.status === "PUBLISHED" && !caseStudy.hidden) || memberOf(user, caseStudy.scenario.orgId);
}

/** Loads an attachment for download after checking access; null means "answer 404". */
export async function attachmentForDownload(user: CurrentUser | null, attachmentId: string) {
  const attachment = await prisma.attachment.findUnique({ where: { id: attachmentId } });
  if (!attachment || !(await canReadAttachment(user, attachment))) return null;
  const bytes = await getAttachmentStorage().get(attachment.storageKey);
  return bytes ? { attachment, bytes } : null;
}
