// Serves one attachment to whoever may read it; everyone else gets 404 (the file's existence stays private).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachmentForDownload } from "~/modules/attachments/attachments.server";
import { isInlineType } from "~/modules/attachments/attachment-types";
import { getOptionalUser, notFound } from "~/modules/auth/permissions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const found = await attachmentForDownload(user, params.attachmentId ?? "");
  if (!found) throw notFound();
  const { attachment, bytes } = found;
  const disposition = isInlineType(attachment.mimeType) ? "inline" : "attachment";
  return new Response(bytes, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${disposition}; filename="file"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "Cache-Control": "private, max-age=0, must-revalidate",
      "X-Content-Type-Options": "nosniff",
      // A PDF or image opened directly must not run scripts in our origin.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
