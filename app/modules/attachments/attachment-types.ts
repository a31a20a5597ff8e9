// Which files may be uploaded: PDF, images and Office documents, recognised by their first bytes, never by
// the name or the browser's claimed type alone. Pure, shared by client hints and server checks.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_UPLOAD = 5;

type Kind = { mime: string; extensions: string[]; matches: (head: Uint8Array) => boolean };

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) => bytes.every((byte, i) => head[offset + i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const KINDS: Kind[] = [
  { mime: "application/pdf", extensions: ["pdf"], matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46]) },
  { mime: "image/png", extensions: ["png"], matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: "image/jpeg", extensions: ["jpg", "jpeg"], matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { mime: "image/gif", extensions: ["gif"], matches: (h) => startsWith(h, [0x47, 0x49, 0x46, 0x38]) },
  { mime: "image/webp", extensions: ["webp"], matches: (h) => startsWith(h, [0x52, 0x49, 0x46, 0x46]) && startsWith(h, [0x57, 0x45, 0x42, 0x50], 8) },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], matches: (h) => startsWith(h, ZIP) },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], matches: (h) => startsWith(h, ZIP) },
  { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"], matches: (h) => startsWith(h, ZIP) },
  { mime: "application/msword", extensions: ["doc"], matches: (h) => startsWith(h, OLE) },
  { mime: "application/vnd.ms-excel", extensions: ["xls"], matches: (h) => startsWith(h, OLE) },
  { mime: "application/vnd.ms-powerpoint", extensions: ["ppt"], matches: (h) => startsWith(h, OLE) },
];

export const ACCEPT_ATTRIBUTE = KINDS.flatMap((kind) => kind.extensions.map((ext) => `.${ext}`)).join(",");

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The MIME type to store and serve, or null when the content does not match an allowed kind for its extension. */
export function detectAttachmentType(fileName: string, head: Uint8Array): string | null {
  const extension = extensionOf(fileName);
  const kind = KINDS.find((candidate) => candidate.extensions.includes(extension));
  return kind && kind.matches(head) ? kind.mime : null;
}

/** Images and PDFs open in the browser; Office documents download. */
export function isInlineType(mime: string): boolean {
  return mime === "application/pdf" || mime.startsWith("image/");
}

/** A file name safe to show and to send back: no path, no control characters, at most 150 characters. */
export function cleanFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = fileName.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (base.length <= 150) return base || "file";
  const extension = extensionOf(base);
  return `${base.slice(0, 140)}….${extension}`;
}
