// The email outbox: rows in EmailMessage, delivered by a background job in any number of app processes.
// A process claims a row with a conditional update on (status, attempts) — only one claim can succeed — and
// pushes sendAfter forward by a lease, so a crashed sender's row is picked up again after the lease.
import nodemailer, { type Transporter } from "nodemailer";
import type { EmailStatus } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import { mailConfigFromEnv, type MailConfig } from "./mail-config.server";

export const DELIVERY_BATCH_SIZE = 10;
export const MAX_DELIVERY_ATTEMPTS = 5;
/** Wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
// Longer than an SMTP conversation can last (see the transport timeouts), so a live sender keeps its claim.
const CLAIM_LEASE_MS = 2 * 60_000;

export function retryDelayMs(attemptsMade: number): number {
  return RETRY_DELAYS_MS[Math.min(attemptsMade, RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0];
}

const transports = new Map<string, Transporter>();

function smtpTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

let warnedNoTransport = false;

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Sends due emails: through SMTP when configured, otherwise into the local dev mailbox (the row is marked sent
 * and shows at /dev/mailbox). With neither, mail waits in the outbox until SMTP_URL is set.
 */
export async function deliverPendingEmails(options: { now?: Date; config?: MailConfig; batchSize?: number } = {}): Promise<DeliveryReport> {
  const config = options.config ?? mailConfigFromEnv();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  if (!config.smtpUrl && !config.devMailbox) {
    if (!warnedNoTransport) logger.warn("emails are queued but not sent: set SMTP_URL (or DEV_MAILBOX=true on a development machine)");
    warnedNoTransport = true;
    return report;
  }
  const now = options.now ?? new Date();
  const due = await prisma.emailMessage.findMany({
    where: { status: "PENDING", sendAfter: { lte: now } },
    orderBy: { sendAfter: "asc" },
    take: options.batchSize ?? DELIVERY_BATCH_SIZE,
    select: { id: true, attempts: true, toAddress: true, subject: true, textBody: true },
  });
  for (const email of due) {
    const attempt = email.attempts + 1;
    const claim = await prisma.emailMessage.updateMany({
      where: { id: email.id, status: "PENDING", attempts: email.attempts },
      data: { attempts: attempt, sendAfter: new Date(now.getTime() + CLAIM_LEASE_MS) },
    });
    if (claim.count === 0) continue; // another process has it
    try {
      if (config.smtpUrl) {
        const info = await smtpTransport(config.smtpUrl).sendMail({
          from: config.mailFrom,
          to: email.toAddress,
          subject: email.subject,
          text: email.textBody,
        });
        logger.info("email sent", { emailId: email.id, attempt, messageId: info.messageId });
      } else {
        logger.info("email delivered to the dev mailbox", { emailId: email.id, path: `/dev/mailbox/${email.id}` });
      }
      await finish(email.id, attempt, { status: "SENT", sentAt: new Date(), lastError: null });
      report.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      if (attempt >= MAX_DELIVERY_ATTEMPTS) {
        logger.error("email failed for good", { emailId: email.id, attempt, ...errorFields(error) });
        await finish(email.id, attempt, { status: "FAILED", lastError });
        report.failed += 1;
      } else {
        const sendAfter = new Date(now.getTime() + retryDelayMs(attempt));
        logger.warn("email failed, will retry", { emailId: email.id, attempt, retryAt: sendAfter.toISOString(), error: lastError });
        await finish(email.id, attempt, { status: "PENDING", sendAfter, lastError });
        report.retried += 1;
      }
    }
  }
  return report;
}

// Guarded by the attempt number we claimed, so a sender whose lease ran out cannot overwrite a later outcome.
async function finish(id: string, attempt: number, data: { status: EmailStatus; sentAt?: Date; sendAfter?: Date; lastError: string | null }) {
  await prisma.emailMessage.updateMany({ where: { id, status: "PENDING", attempts: attempt }, data });
}

export const MAILBOX_PAGE_SIZE = 25;

/** The dev mailbox: every email of the outbox, newest first. */
export async function listMailbox(page: number) {
  const [items, total] = await Promise.all([
    prisma.emailMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAILBOX_PAGE_SIZE,
      take: MAILBOX_PAGE_SIZE,
      select: { id: true, toAddress: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
    prisma.emailMessage.count(),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)) };
}

export function getMailboxMessage(id: string) {
  return prisma.emailMessage.findUnique({
    where: { id },
    select: { id: true, toAddress: true, subject: true, textBody: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}
