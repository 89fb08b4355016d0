/**
 * Which uploads are accepted: PDF, JPEG and PNG, recognized by their first bytes (a renamed .exe
 * stays refused), at most 5 MB each.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentMime = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: { mime: DocumentMime; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export type DocumentProblem = "EMPTY" | "TOO_LARGE" | "TYPE";

export const DOCUMENT_MESSAGES: Record<DocumentProblem, string> = {
  EMPTY: "文件为空",
  TOO_LARGE: "文件不能超过 5 MB",
  TYPE: "只接受 PDF、JPEG 或 PNG 文件",
};

export function sniffDocument(bytes: Uint8Array): { ok: true; mime: DocumentMime } | { ok: false; problem: DocumentProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: "EMPTY" };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, problem: "TOO_LARGE" };
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  return match ? { ok: true, mime: match.mime } : { ok: false, problem: "TYPE" };
}
