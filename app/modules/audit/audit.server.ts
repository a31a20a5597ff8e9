// The audit trail: who changed what, with the state before and after. Written inside the same transaction
// as the change it describes, so the log can never disagree with the data.
import type { Prisma } from "~/generated/prisma/client.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  requestId?: string | null;
};

type AuditWriter = { auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput; select: { id: true } }) => Promise<{ id: string }> } };

/** Returns the entry's id (a page that shows what one entry recorded names it in its address). */
export async function writeAudit(db: AuditWriter, entry: AuditEntry): Promise<string> {
  const { id } = await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      requestId: entry.requestId ?? null,
    },
    select: { id: true },
  });
  return id;
}
