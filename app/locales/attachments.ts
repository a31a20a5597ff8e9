// Texts of the attachment domain, both languages side by side; wired into zh.ts / en.ts under "attachment".
import type { Shape } from "./shape";

const zh = {
  label: "附件",
  hint: "可上传 PDF、图片（PNG/JPG/GIF/WebP）或 Office 文档，每个不超过 {{max}} MB，一次最多 {{count}} 个。",
  confidentialLabel: "仅对已认证组织可见（保密附件）",
  none: "暂无附件",
  download: "下载 {{name}}",
  remove: "删除附件 {{name}}",
  confidentialBadge: "保密",
  tooLarge: "上传的文件过大，每个文件不能超过 20 MB。",
  tooMany: "一次最多上传 {{max}} 个文件",
  fileTooLarge: "“{{name}}”超过 {{max}} MB",
  badType: "“{{name}}”不是允许的文件类型（PDF、图片或 Office 文档），或内容与扩展名不符",
  confidentialLocked: "联系人信息和保密附件（如有）仅对已认证组织可见。",
};

const en: Shape<typeof zh> = {
  label: "Attachments",
  hint: "PDF, images (PNG/JPG/GIF/WebP) or Office documents, up to {{max}} MB each, at most {{count}} at a time.",
  confidentialLabel: "Visible to verified organisations only (confidential)",
  none: "No attachments",
  download: "Download {{name}}",
  remove: "Delete attachment {{name}}",
  confidentialBadge: "Confidential",
  tooLarge: "The upload is too large: each file may be at most 20 MB.",
  tooMany: "At most {{max}} files at a time",
  fileTooLarge: "“{{name}}” is larger than {{max}} MB",
  badType: "“{{name}}” is not an allowed type (PDF, image or Office document), or its content does not match its extension",
  confidentialLocked: "Contact details and confidential attachments (if any) are visible to verified organisations only.",
};

export const attachmentsLocale = { zh, en };
