import { createHash } from "node:crypto";
import { DomainError } from "@/lib/errors";
import { DOCUMENT_MESSAGES, sniffDocument, type DocumentMime } from "@/lib/documents/file-type";

export type DocumentDraft = {
  kind: string;
  filename: string;
  mime: DocumentMime;
  size: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
};

/**
 * Checks one upload (type by magic bytes, size) and hashes it. The stored SHA-256 lets the fraud
 * checks find the same file submitted twice. Errors: DOCUMENT_INVALID (field: the document kind).
 */
export function prepareDocument(input: { kind: string; filename: string; bytes: Uint8Array }): DocumentDraft {
  const sniffed = sniffDocument(input.bytes);
  if (!sniffed.ok) {
    throw new DomainError("DOCUMENT_INVALID", {
      field: `doc_${input.kind}`,
      message: DOCUMENT_MESSAGES[sniffed.problem],
      details: { problem: sniffed.problem },
    });
  }
  const filename = input.filename.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 120) || "upload";
  return {
    kind: input.kind,
    filename,
    mime: sniffed.mime,
    size: input.bytes.byteLength,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    bytes: new Uint8Array(input.bytes),
  };
}
