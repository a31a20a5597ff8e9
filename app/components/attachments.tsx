// Attachment widgets shared by scenarios, bids and cases: a file input with the allowed types and limits,
// and a list of attached files with download links (and delete buttons for their owners).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD } from "~/modules/attachments/attachment-types";
import { ErrorList } from "./ui/form";

export type AttachmentItem = { id: string; fileName: string; mimeType: string; sizeBytes: number; confidential: boolean };

function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Put inside a <Form method="post" encType="multipart/form-data">. */
export function AttachmentInput({
  name = "attachments",
  id = "attachments",
  errors,
  withConfidentialOption = false,
}: {
  name?: string;
  id?: string;
  errors?: string[];
  withConfidentialOption?: boolean;
}) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{t("attachment.label")}</label>
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={`${hintId}${errors?.length ? ` ${errorId}` : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
      />
      <p id={hintId} className="text-sm text-slate-600">
        {t("attachment.hint", { max: MAX_ATTACHMENT_BYTES / 1024 / 1024, count: MAX_ATTACHMENTS_PER_UPLOAD })}
      </p>
      {withConfidentialOption ? (
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="attachmentsConfidential" value="on" className="h-4 w-4" />
          {t("attachment.confidentialLabel")}
        </label>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** Lists attachments; when `deleteIntent` is given, each gets a delete button posting {intent, attachmentId}. */
export function AttachmentList({ items, deleteIntent }: { items: AttachmentItem[]; deleteIntent?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("attachment.none")}</p>;
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center gap-3 text-sm">
          <a href={`/attachments/${item.id}`} className="text-brand-700 underline" aria-label={t("attachment.download", { name: item.fileName })}>
            {item.fileName}
          </a>
          <span className="text-slate-600">{formatSize(item.sizeBytes)}</span>
          {item.confidential ? <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("attachment.confidentialBadge")}</span> : null}
          {deleteIntent ? (
            <Form method="post">
              <input type="hidden" name="intent" value={deleteIntent} />
              <input type="hidden" name="attachmentId" value={item.id} />
              <button type="submit" className="text-red-800 underline" aria-label={t("attachment.remove", { name: item.fileName })}>×</button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
